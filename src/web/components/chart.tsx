/**
 * What the chart script (/assets/app.js) draws: ranked horizontal bars, or a time series of bars
 * with an optional second series as a line. `links` are the URLs a click on each bar opens.
 */
export interface ChartSpec {
  kind: 'ranked' | 'series';
  labels: string[];
  values: number[];
  name: string;
  line?: { name: string; values: number[] };
  links?: string[];
}

/**
 * A chart placeholder with its data in a data attribute (the CSP forbids inline scripts), and the
 * same numbers as a table for readers without JavaScript or with a screen reader.
 */
export function Chart(props: { id: string; title: string; spec: ChartSpec; small?: boolean }) {
  const { spec } = props;
  return (
    <figure class={props.small ? 'chart-box small' : 'chart-box'}>
      <figcaption id={`${props.id}-title`}>{props.title}</figcaption>
      <div class="chart" id={props.id} data-chart={JSON.stringify(spec)} role="img" aria-labelledby={`${props.id}-title`}></div>
      <details class="chart-table">
        <summary>{props.title}</summary>
        <table>
          <tbody>
            {spec.labels.map((label, i) => (
              <tr>
                <th scope="row">{spec.links?.[i] ? <a href={spec.links[i]}>{label}</a> : label}</th>
                <td>{spec.values[i]}</td>
                {spec.line ? <td>{spec.line.values[i]}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
