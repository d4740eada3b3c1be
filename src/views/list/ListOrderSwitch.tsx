import { useStrings } from '../hooks/use-strings';
import { useDalil } from '../hooks/use-dalil';
import { LIST_ORDERS, type ListOrder } from '../../model/list-order';

/** Two radio buttons: the list grouped by kind, or sorted by how often the places are mentioned. */
export function ListOrderSwitch() {
  const t = useStrings();
  const order = useDalil((state) => state.listOrder);
  const orderListBy = useDalil((state) => state.orderListBy);
  const labels: Record<ListOrder, string> = { kind: t.orderByKind, mentions: t.orderByMentions };
  return (
    <fieldset className="list-order">
      <legend className="list-order__legend">{t.listOrder}</legend>
      {LIST_ORDERS.map((option) => (
        <label key={option} className="list-order__option">
          <input
            type="radio"
            name="list-order"
            value={option}
            checked={order === option}
            onChange={() => orderListBy(option)}
          />
          {labels[option]}
        </label>
      ))}
    </fieldset>
  );
}
