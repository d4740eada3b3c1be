import { useId } from 'react';
import { indexClaims } from '../../model/claim-index';
import { sourceLabel } from '../../model/source-label';
import { articleLabel } from '../../model/article-label';
import { useClaimStrings } from '../hooks/use-strings';
import { formatPublished } from '../../i18n/format-date';
import { useDalil } from '../hooks/use-dalil';
import { ARTICLE_VOICE } from '../../model/filters';

/** Who says so (the claimants present, and the articles' own voice), and which article: two menus. */
export function SourceFilters() {
  const t = useClaimStrings();
  const claimantId = useId();
  const articleId = useId();
  const language = useDalil((state) => state.language);
  const dataset = useDalil((state) => state.dataset);
  const claimant = useDalil((state) => state.filters.claimant);
  const article = useDalil((state) => state.filters.articleId);
  const setClaimant = useDalil((state) => state.setClaimant);
  const setArticle = useDalil((state) => state.setArticle);
  const claimants = dataset ? indexClaims(dataset).claimants : [];
  const articles = dataset
    ? [...dataset.articles].sort((a, b) => a.published.localeCompare(b.published))
    : [];
  const collator = new Intl.Collator(language);
  const named = claimants
    .map((source) => ({ id: source.id!, label: sourceLabel(source, language) }))
    .sort((a, b) => collator.compare(a.label, b.label));
  return (
    <div className="filter-menus">
      <label className="filter-menu" htmlFor={claimantId}>
        {t.claimantLabel}
      </label>
      <select
        id={claimantId}
        className="filter-menu__select"
        value={claimant ?? ''}
        onChange={(event) => setClaimant(event.target.value || null)}
      >
        <option value="">{t.everyone}</option>
        <option value={ARTICLE_VOICE}>{t.articleVoice}</option>
        {/* A link may name a claimant these articles do not have: shown as it is, so the menu tells the truth. */}
        {claimant !== null && claimant !== ARTICLE_VOICE && !named.some((n) => n.id === claimant) && (
          <option value={claimant}>{claimant}</option>
        )}
        {named.map(({ id, label }) => (
          <option key={id} value={id}>
            {label}
          </option>
        ))}
      </select>
      <label className="filter-menu" htmlFor={articleId}>
        {t.articleLabel}
      </label>
      <select
        id={articleId}
        className="filter-menu__select"
        value={article ?? ''}
        onChange={(event) => setArticle(event.target.value || null)}
      >
        <option value="">{t.allArticles}</option>
        {article !== null && !articles.some((a) => a.id === article) && (
          <option value={article}>{article}</option>
        )}
        {articles.map((a) => (
          <option key={a.id} value={a.id}>
            {formatPublished(a.published, language)} · {articleLabel(a)}
          </option>
        ))}
      </select>
    </div>
  );
}
