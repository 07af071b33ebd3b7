/** Free text as the person typed it: line breaks kept, always rendered as text. */
export function Multiline({ text, none = 'None given' }: { text: string | null | undefined; none?: string }) {
  if (!text || text.trim() === '') return <>{none}</>;
  return <span className="lantern-multiline">{text}</span>;
}

/** A short list of labels as a GOV.UK list, or "None" when empty. */
export function LabelList({ items, none = 'None' }: { items: string[]; none?: string }) {
  if (items.length === 0) return <>{none}</>;
  if (items.length === 1) return <>{items[0]}</>;
  return (
    <ul className="govuk-list govuk-list--bullet">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
