import { memo, useId } from 'react';

export interface MenuOption {
  value: string;
  label: string;
}

interface FilterMenuProps {
  label: string;
  /** The option that filters nothing, first in the menu. */
  allLabel: string;
  value: string | null;
  options: readonly MenuOption[];
  onChange: (value: string | null) => void;
}

/**
 * One filter as a menu: "all" first, then the options. A link may name a value these articles do not
 * have: it is shown as it is, so the menu tells the truth about what is filtered. Drawn again only when
 * its own props change: a menu of thousands of articles is not redrawn for a change of another filter.
 */
export const FilterMenu = memo(function FilterMenu({
  label,
  allLabel,
  value,
  options,
  onChange,
}: FilterMenuProps) {
  const id = useId();
  const unknown = value !== null && !options.some((option) => option.value === value);
  return (
    <>
      <label className="filter-menu" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="filter-menu__select"
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || null)}
      >
        <option value="">{allLabel}</option>
        {unknown && <option value={value}>{value}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </>
  );
});
