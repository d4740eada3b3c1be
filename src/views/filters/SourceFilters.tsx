import { useMemo } from 'react';
import { formatPublished } from '../../i18n/format-date';
import { articleLabel } from '../../model/article-label';
import { indexClaims } from '../../model/claim-index';
import { ARTICLE_VOICE } from '../../model/filters';
import { sourceLabel } from '../../model/source-label';
import { useDalil } from '../hooks/use-dalil';
import { useClaimStrings } from '../hooks/use-strings';
import { FilterMenu, type MenuOption } from './FilterMenu';

/** Who says so (the claimants present, and the articles' own voice), and which article: two menus. */
export function SourceFilters() {
  const t = useClaimStrings();
  const language = useDalil((state) => state.language);
  const dataset = useDalil((state) => state.dataset);
  const claimant = useDalil((state) => state.filters.claimant);
  const article = useDalil((state) => state.filters.articleId);
  const setClaimant = useDalil((state) => state.setClaimant);
  const setArticle = useDalil((state) => state.setArticle);

  // Worked out again only when the data or the language changes: a newsroom's thousands of articles would
  // otherwise be dated and labelled again, and their menu drawn again, at every change of a filter.
  const claimants = useMemo((): MenuOption[] => {
    const collator = new Intl.Collator(language);
    return [
      { value: ARTICLE_VOICE, label: t.articleVoice },
      ...(dataset ? indexClaims(dataset).claimants : [])
        .map((source) => ({ value: source.id!, label: sourceLabel(source, language) }))
        .sort((a, b) => collator.compare(a.label, b.label)),
    ];
  }, [dataset, language, t.articleVoice]);
  const articles = useMemo(
    (): MenuOption[] =>
      (dataset ? [...dataset.articles] : [])
        .sort((a, b) => a.published.localeCompare(b.published))
        .map((a) => ({
          value: a.id,
          label: `${formatPublished(a.published, language)} · ${articleLabel(a)}`,
        })),
    [dataset, language],
  );

  const menus = [
    {
      label: t.claimantLabel,
      allLabel: t.everyone,
      value: claimant,
      options: claimants,
      onChange: setClaimant,
    },
    {
      label: t.articleLabel,
      allLabel: t.allArticles,
      value: article,
      options: articles,
      onChange: setArticle,
    },
  ];
  return (
    <div className="filter-menus">
      {menus.map((menu) => (
        <FilterMenu key={menu.label} {...menu} />
      ))}
    </div>
  );
}
