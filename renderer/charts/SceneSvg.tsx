import { COLOURS, HATCH_ID, type Scene, type Shape } from '../../shared/chart/scene';

// A chart scene on screen: the same shapes the exported SVG holds, each with
// its explanation as a tooltip (an SVG <title>, which screen readers read too).

function ShapeElement({ shape }: { shape: Shape }) {
  const title = shape.title === undefined ? null : <title>{shape.title}</title>;
  switch (shape.type) {
    case 'rect':
      return (
        <rect
          x={shape.x}
          y={shape.y}
          width={Math.max(0, shape.w)}
          height={Math.max(0, shape.h)}
          fill={shape.fill === 'hatch' ? `url(#${HATCH_ID})` : shape.fill}
          stroke={shape.stroke}
          rx={shape.radius}
          strokeDasharray={shape.dash ? '3 2' : undefined}
        >
          {title}
        </rect>
      );
    case 'line':
      return (
        <line
          x1={shape.x1}
          y1={shape.y1}
          x2={shape.x2}
          y2={shape.y2}
          stroke={shape.stroke}
          strokeWidth={shape.width ?? 1}
          strokeDasharray={shape.dash ? '4 3' : undefined}
        >
          {title}
        </line>
      );
    case 'path':
      return (
        <path
          d={shape.d}
          fill={shape.fill}
          fillRule="evenodd"
          stroke={shape.stroke}
          strokeWidth={shape.stroke ? shape.width : undefined}
        >
          {title}
        </path>
      );
    case 'text':
      return (
        <text
          x={shape.x}
          y={shape.y}
          fontSize={shape.size}
          fill={shape.fill}
          textAnchor={shape.anchor ?? 'start'}
          fontWeight={shape.weight === 'bold' ? 700 : undefined}
        >
          {title}
          {shape.text}
        </text>
      );
  }
}

export function SceneSvg({ scene, className }: { scene: Scene; className?: string }) {
  return (
    <svg
      className={className ? `scene-svg ${className}` : 'scene-svg'}
      viewBox={`0 0 ${scene.width} ${scene.height}`}
      role="img"
      aria-label={scene.title}
    >
      <title>{scene.title}</title>
      <desc>{scene.description}</desc>
      <defs>
        <pattern
          id={HATCH_ID}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill={COLOURS.hatchBackground} />
          <rect width="2.4" height="6" fill={COLOURS.hatchLine} />
        </pattern>
      </defs>
      {scene.shapes.map((shape, i) => (
        // Shapes never reorder within a scene: their place is their identity.
        <ShapeElement key={i} shape={shape} />
      ))}
    </svg>
  );
}
