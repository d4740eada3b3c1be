import type { ReactNode } from 'react';

interface FilterChecksProps<T extends string> {
  legend: string;
  /** The inputs' `name`, for the form's sake. */
  name: string;
  items: readonly T[];
  /** The items shown; null means all (no filter). */
  selected: readonly T[] | null;
  toggle: (item: T) => void;
  /** What follows each checkbox: its words, swatch or badge. */
  label: (item: T) => ReactNode;
  optionClassName?: (item: T) => string;
}

/** One filter as a group of checkboxes; all checked means no filter. */
export function FilterChecks<T extends string>({
  legend,
  name,
  items,
  selected,
  toggle,
  label,
  optionClassName,
}: FilterChecksProps<T>) {
  return (
    <fieldset className="filter-group">
      <legend className="filter-group__legend">{legend}</legend>
      {items.map((item) => {
        const checked = selected === null || selected.includes(item);
        return (
          <label key={item} className={`filter-option ${optionClassName?.(item) ?? ''}`.trim()}>
            <input
              type="checkbox"
              name={name}
              value={item}
              checked={checked}
              // The last one checked stays: an empty filter would show nothing.
              disabled={checked && selected?.length === 1}
              onChange={() => toggle(item)}
            />
            {label(item)}
          </label>
        );
      })}
    </fieldset>
  );
}
