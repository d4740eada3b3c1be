import { useEffect, useId, useState, type SyntheticEvent } from 'react';
import { PLACE_KINDS, type PlaceKind } from '../../../geo/contract';
import { NOT_A_PLACE, type NotAPlace } from '../../../geo/corrections/schema';
import type { PlaceChoice } from '../reading/protocol';
import type { SelectedWords } from '../store/desk-store';
import { useDesk, useDeskStore, useDeskStrings, useReader } from './use-desk';

/** A kebab-case id for a place set by hand, from its English name, kept apart from the gazetteer's. */
const handPlaceId = (en: string, words: SelectedWords) =>
  `hand-${
    en
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'place'
  }-${words.articleId
    .slice(-6)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')}${words.start}`;

/**
 * The editor's decisions on the words they chose: verify the place, say it is not a place here, choose
 * another place among the gazetteer's candidates or by a search, or set it by hand on the map.
 */
export function MentionPanel() {
  const t = useDeskStrings();
  const store = useDeskStore();
  const reader = useReader();
  const words = useDesk((state) => state.selectedWords);
  const reading = useDesk((state) => (words ? state.readings[words.articleId] : undefined));
  const language = useDesk((state) => state.language);
  const [candidates, setCandidates] = useState<{ words: SelectedWords; list: PlaceChoice[] } | null>(null);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<PlaceChoice[]>([]);
  const [why, setWhy] = useState<NotAPlace>('person');
  const id = useId();

  useEffect(() => {
    if (!words) return;
    let live = true;
    void reader.candidates(words.text).then((list) => {
      if (live) setCandidates({ words, list });
    });
    return () => {
      live = false;
    };
  }, [words, reader]);

  if (!words) return null;
  const place = reading?.features.find((f) =>
    f.properties.mentions.some((m) => m.start === words.start && m.end === words.end),
  );
  const mention = place?.properties.mentions.find((m) => m.start === words.start && m.end === words.end);
  const unresolved = reading?.unresolved.find((u) => u.start === words.start && u.end === words.end);
  const on = { articleId: words.articleId, start: words.start, end: words.end, text: words.text, note: null };
  const resolve = (choice: PlaceChoice) =>
    store.getState().decide({ ...on, action: 'resolve', placeId: choice.id });

  const search = (event: SyntheticEvent) => {
    event.preventDefault();
    void reader.search(query).then(setFound);
  };

  const choiceList = (list: readonly PlaceChoice[]) => (
    <ul className="desk-choices">
      {list.map((choice) => (
        <li key={choice.id}>
          <button
            type="button"
            className="desk-button"
            aria-pressed={place?.properties.id === choice.id}
            onClick={() => resolve(choice)}
          >
            {t.choose(choice.name[language])}
          </button>
          <span className="desk-choices__why" dir="ltr">
            {choice.why}
          </span>
        </li>
      ))}
    </ul>
  );

  return (
    <section className="desk-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {t.words}: <bdi>{words.text}</bdi>
      </h2>
      {place && mention && (
        <dl className="desk-panel__facts">
          <dt>{t.placeHere}</dt>
          <dd>
            {place.properties.name[language]} ({t.kinds[place.properties.kind]}) ·{' '}
            {t.mentionState[mention.review?.state ?? 'automatic']}
          </dd>
          <dt>{t.why}</dt>
          <dd dir="ltr">
            {mention.reason}
            {!mention.review && ` · ${t.confidence(Math.round(mention.confidence * 100))}`}
          </dd>
        </dl>
      )}
      {unresolved && (
        <dl className="desk-panel__facts">
          <dt>{t.mentionState.unresolved}</dt>
          <dd dir="ltr">{unresolved.reason}</dd>
        </dl>
      )}
      <div className="desk-panel__actions">
        {place && (
          <button
            type="button"
            className="desk-button desk-button--primary"
            onClick={() => store.getState().decide({ ...on, action: 'verify', placeId: place.properties.id })}
          >
            {t.verify}
          </button>
        )}
        {!place && !unresolved && (
          <button
            type="button"
            className="desk-button"
            onClick={() =>
              store.getState().decide({ ...on, action: 'claim-add', stance: 'reported', activities: [] })
            }
          >
            {t.addClaim}
          </button>
        )}
        {(place ?? unresolved) && (
          <span className="desk-panel__reject">
            <label htmlFor={`${id}-why`}>{t.rejectWhy}</label>
            <select id={`${id}-why`} value={why} onChange={(e) => setWhy(e.target.value as NotAPlace)}>
              {NOT_A_PLACE.map((w) => (
                <option key={w} value={w}>
                  {t.notAPlace[w]}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="desk-button"
              onClick={() => store.getState().decide({ ...on, action: 'reject', why })}
            >
              {t.reject}
            </button>
          </span>
        )}
      </div>
      <h3>{t.candidates}</h3>
      {candidates?.words !== words ? null : candidates.list.length === 0 ? (
        <p className="desk-empty">{t.noCandidates}</p>
      ) : (
        choiceList(candidates.list)
      )}
      <form role="search" className="desk-search" onSubmit={search}>
        <label htmlFor={`${id}-search`}>{t.search}</label>
        <input
          id={`${id}-search`}
          type="search"
          dir="auto"
          value={query}
          placeholder={t.searchPlaceholder}
          onChange={(e) => setQuery(e.target.value)}
        />
        <button type="submit" className="desk-button">
          {t.search}
        </button>
      </form>
      {choiceList(found)}
      <HandPlacement words={words} />
    </section>
  );
}

/** A place the gazetteer lacks: its names, its kind and its point, typed or clicked on the map. */
function HandPlacement({ words }: { words: SelectedWords }) {
  const t = useDeskStrings();
  const store = useDeskStore();
  const { lat, lng } = useDesk((state) => state.handPoint);
  const [names, setNames] = useState({ ar: words.text, en: '' });
  const [kind, setKind] = useState<PlaceKind>('settlement');
  const id = useId();
  const setLat = (value: string) => store.getState().typePoint({ lat: value, lng });
  const setLng = (value: string) => store.getState().typePoint({ lat, lng: value });

  const latitude = Number(lat);
  const longitude = Number(lng);
  const valid =
    names.ar.trim() !== '' &&
    names.en.trim() !== '' &&
    lat.trim() !== '' &&
    lng.trim() !== '' &&
    Math.abs(latitude) <= 90 &&
    Math.abs(longitude) <= 180;

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (!valid) return;
    store.getState().decide({
      articleId: words.articleId,
      start: words.start,
      end: words.end,
      text: words.text,
      note: null,
      action: 'place',
      place: {
        id: handPlaceId(names.en, words),
        kind,
        iso2: null,
        name: { ar: names.ar.trim(), en: names.en.trim() },
        lngLat: [Math.round(longitude * 1e4) / 1e4, Math.round(latitude * 1e4) / 1e4],
      },
    });
  };

  const input = (
    key: string,
    label: string,
    value: string,
    set: (v: string) => void,
    dir: 'auto' | 'ltr',
  ) => (
    <div className="desk-field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} dir={dir} value={value} onChange={(e) => set(e.target.value)} />
    </div>
  );

  return (
    <details className="desk-hand">
      <summary>{t.placeByHand}</summary>
      <form onSubmit={submit}>
        {input('ar', t.nameAr, names.ar, (ar) => setNames({ ...names, ar }), 'auto')}
        {input('en', t.nameEn, names.en, (en) => setNames({ ...names, en }), 'ltr')}
        <div className="desk-field">
          <label htmlFor={`${id}-kind`}>{t.kind}</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as PlaceKind)}>
            {PLACE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t.kinds[k]}
              </option>
            ))}
          </select>
        </div>
        {input('lat', t.latitude, lat, setLat, 'ltr')}
        {input('lng', t.longitude, lng, setLng, 'ltr')}
        <p className="desk-text__hint">{t.mapClickHint}</p>
        <button type="submit" className="desk-button desk-button--primary" disabled={!valid}>
          {t.placeIt}
        </button>
      </form>
    </details>
  );
}
