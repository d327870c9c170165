import { useI18n } from '../i18n'

const colours = { archived: '#1f5fae', inProgress: '#c25400', draft: '#7a3fa8' } as const

/** Pie chart of the funding requests; the SVG is hidden from screen readers, the legend and summary say it in text. */
export function RequestsChart({
  archived,
  inProgress,
  draft,
}: {
  archived: number
  inProgress: number
  draft: number
}) {
  const { t } = useI18n()
  const slices = [
    { key: 'archived', label: t.archived, value: archived, colour: colours.archived },
    { key: 'inProgress', label: t.inProgress, value: inProgress, colour: colours.inProgress },
    { key: 'draft', label: t.draft, value: draft, colour: colours.draft },
  ] as const
  const total = archived + inProgress + draft
  if (total === 0) return <p>{t.noRequests}</p>
  // A stroke as wide as the circle's diameter fills it: with pathLength 100, dash lengths are percentages.
  const radius = 10
  let offset = 25 // start at 12 o'clock
  return (
    <figure className="chart">
      <svg viewBox="0 0 42 42" width="180" height="180" aria-hidden="true" focusable="false">
        <circle cx="21" cy="21" r={radius * 2} fill="#e6e9ef" />
        {slices.map((slice) => {
          const share = (slice.value / total) * 100
          const circle = (
            <circle
              key={slice.key}
              cx="21"
              cy="21"
              r={radius}
              fill="none"
              stroke={slice.colour}
              strokeWidth={radius * 2}
              pathLength={100}
              strokeDasharray={`${share} ${100 - share}`}
              strokeDashoffset={offset}
            />
          )
          offset -= share
          return circle
        })}
      </svg>
      <figcaption>
        <p className="visually-hidden">{t.chartSummary(archived, inProgress, draft)}</p>
        <ul className="legend" aria-hidden="true">
          {slices.map((slice) => (
            <li key={slice.key}>
              <span className={`swatch swatch-${slice.key}`} />
              {slice.label} <strong>{slice.value}</strong>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  )
}
