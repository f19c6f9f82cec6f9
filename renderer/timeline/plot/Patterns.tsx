import './patterns.css';

/**
 * Fills that tell status without colour (hatching for an embargo still in
 * force), defined once for the plot and the legend alike.
 */
export function Patterns() {
  return (
    <svg className="tl-patterns" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <pattern
          id="tl-hatch"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" className="tl-hatch-bg" />
          <rect width="2.4" height="6" className="tl-hatch-line" />
        </pattern>
      </defs>
    </svg>
  );
}
