import { numberNotes } from './numberNotes';
import './numberNotes.css';

/** A footnote under a suggestion's figures, saying what each one counts. */
export function NumberNotes({ numbers }: { numbers: Readonly<Record<string, number>> }) {
  const notes = numberNotes(numbers);
  if (notes.length === 0) return null;
  return (
    <details className="number-notes">
      <summary>What these numbers mean</summary>
      <dl>
        {notes.map((n) => (
          <div key={n.key}>
            <dt>{n.term}</dt>
            <dd>{n.note}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
