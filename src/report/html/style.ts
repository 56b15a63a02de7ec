/**
 * The audit page's one style sheet, allowed by its hash in the page's policy. A fixed system font
 * stack and no web font: nothing to fetch, and the same glyphs on every run of the screenshot test.
 * Dark colours apply on screen only, so that a page printed from a dark desktop still prints light.
 */
export const STYLE = `
:root {
  color-scheme: light dark;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  --bg: #f3f4f7; --card: #ffffff; --ink: #1c2230; --muted: #5d6676; --line: #e2e5eb; --track: #eceef2;
  --known: #17876a; --weak-tie: #e0a325; --stranger: #cf4f68; --signal: #4a67c9;
  --received: #2f74c0; --sent: #8656c8;
}
@media screen and (prefers-color-scheme: dark) {
  :root {
    --bg: #12151b; --card: #1b2029; --ink: #e7eaf0; --muted: #9ba4b3; --line: #2b323d; --track: #262c36;
    --known: #38c19a; --weak-tie: #f0b84a; --stranger: #f07189; --signal: #7f9af0;
    --received: #5fa0ea; --sent: #b08ae8;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink); line-height: 1.45; font-size: 15px; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1rem 2rem; }
header { padding: .5rem .25rem 1.25rem; }
h1 { font-size: 1.75rem; margin: 0 0 .25rem; letter-spacing: -.01em; }
h2 { font-size: 1.15rem; margin: 0 0 .75rem; }
h3 { font-size: .95rem; margin: 1.25rem 0 .5rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.panel h3 { margin-top: 0; }
.meta { margin: 0; color: var(--muted); }
.meta span + span::before { content: "·"; margin: 0 .5em; }
section { background: var(--card); border: 1px solid var(--line); border-radius: 12px; padding: 1.25rem 1.25rem 1rem; margin-bottom: 1rem; }
a { color: inherit; text-decoration-color: var(--muted); text-underline-offset: 2px; }
data { font-variant-numeric: tabular-nums; }
.note, .muted, .more, .legend { color: var(--muted); }
.note { margin: 0 0 .75rem; font-size: .9rem; }
.more { font-size: .85rem; margin: .5rem 0 0; }
.lead { font-size: 1.05rem; margin: 0 0 1rem; }
.lead data:first-child { font-weight: 700; color: var(--stranger); }
.swatch { display: inline-block; width: .7em; height: .7em; border-radius: 3px; margin-right: .4em; vertical-align: baseline; }
.swatch.known { background: var(--known); } .swatch.weak-tie { background: var(--weak-tie); } .swatch.stranger { background: var(--stranger); }
.swatch.received { background: var(--received); } .swatch.sent { background: var(--sent); }
.swatch.received-plain { background: var(--received); opacity: .4; } .swatch.sent-plain { background: var(--sent); opacity: .4; }
rect.known { fill: var(--known); } rect.weak-tie { fill: var(--weak-tie); } rect.stranger { fill: var(--stranger); } rect.signal { fill: var(--signal); }
.ring .known { stroke: var(--known); } .ring .weak-tie { stroke: var(--weak-tie); } .ring .stranger { stroke: var(--stranger); }
rect.received { fill: var(--received); } rect.sent { fill: var(--sent); }
rect.received-plain { fill: var(--received); fill-opacity: .4; } rect.sent-plain { fill: var(--sent); fill-opacity: .4; }
.glance { display: grid; grid-template-columns: 11rem 1fr; gap: 1.5rem; align-items: center; }
.ring { display: grid; place-items: center; }
.ring > * { grid-area: 1 / 1; }
.ring svg { width: 11rem; height: 11rem; }
.ring circle { fill: none; stroke-width: 6.5; }
.ring circle.track { stroke: var(--track); }
.ring-total { text-align: center; font-size: 1.75rem; font-weight: 700; line-height: 1.1; }
.ring-total small { display: block; font-size: .75rem; font-weight: 400; color: var(--muted); }
.tiles { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(3, 1fr); gap: .75rem; }
.tiles.two { grid-template-columns: repeat(2, 1fr); margin-bottom: 1rem; }
.tile { border: 1px solid var(--line); border-top: 4px solid var(--line); border-radius: 10px; padding: .7rem .8rem; display: grid; gap: .1rem; }
.tile.known { border-top-color: var(--known); } .tile.weak-tie { border-top-color: var(--weak-tie); } .tile.stranger { border-top-color: var(--stranger); }
.tile.received { border-top-color: var(--received); } .tile.sent { border-top-color: var(--sent); }
.tile .name { font-weight: 600; }
.tile .count { font-size: 1.9rem; font-weight: 700; line-height: 1.15; }
.tile .share { font-weight: 600; color: var(--muted); }
.tile .meaning { font-size: .85rem; color: var(--muted); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .3rem .4rem; border-bottom: 1px solid var(--line); vertical-align: middle; }
thead th { font-size: .78rem; font-weight: 600; color: var(--muted); white-space: nowrap; }
tbody tr:last-child > * { border-bottom: 0; }
tbody th { font-weight: 500; }
.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; width: 1%; }
.total { font-weight: 600; }
td.chart { width: 50%; padding-right: .75rem; }
svg.bar { display: block; width: 100%; height: .8rem; border-radius: 3px; background: var(--track); overflow: hidden; }
.years tbody th { width: 3.5rem; }
.years td.chart { width: 60%; }
.sub { display: block; font-size: .75rem; color: var(--muted); }
.invitations td.n { vertical-align: top; }
.signals tbody th { white-space: nowrap; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
.companies .name { overflow-wrap: anywhere; }
.companies td.chart { width: 35%; }
.people td { vertical-align: top; }
.people .date { white-space: nowrap; color: var(--muted); width: 1%; }
.who { display: block; font-weight: 500; overflow-wrap: anywhere; }
.role { display: block; font-size: .82rem; color: var(--muted); overflow-wrap: anywhere; }
.missing { margin: 0; padding-left: 1.2rem; }
.ok { margin: 0; }
.legend { font-size: .8rem; margin: .6rem 0 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
.facts { display: grid; grid-template-columns: repeat(3, 1fr); gap: .75rem; margin: 0; }
.facts dt { font-size: .78rem; color: var(--muted); }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.files .skipped { font-size: .82rem; color: var(--muted); }
.files tbody th { overflow-wrap: anywhere; min-width: 17rem; }
.warnings { margin: 0; padding-left: 1.2rem; font-size: .9rem; }
.warning { margin-bottom: .3rem; overflow-wrap: anywhere; }
footer { color: var(--muted); font-size: .85rem; padding: 0 .25rem; }
@media (max-width: 40rem) {
  main { padding: 1rem .6rem 1.5rem; }
  h1 { font-size: 1.4rem; }
  section { padding: 1rem .8rem .8rem; border-radius: 10px; }
  .glance, .pair, .facts { grid-template-columns: 1fr; }
  .ring svg { width: 9rem; height: 9rem; }
  .tiles { grid-template-columns: 1fr; gap: .5rem; }
  .tile { grid-template-columns: 1fr auto auto; align-items: baseline; column-gap: .6rem; }
  .tile .meaning { grid-column: 1 / -1; }
  .tile .count { font-size: 1.4rem; }
  th, td { padding: .3rem .25rem; }
  thead th { font-size: .7rem; }
  /* A row of numbers, its bar on a line of its own below: the width goes to the bar, not to squeezed columns. */
  .bars tr { display: grid; grid-template-columns: minmax(0, 1fr) repeat(var(--cols), var(--w, 3.4rem)); align-items: baseline; border-bottom: 1px solid var(--line); }
  .bars tbody tr:last-child { border-bottom: 0; }
  .bars th, .bars td { border-bottom: 0; width: auto; }
  .bars td.chart { grid-column: 1 / -1; order: 1; padding: 0 .25rem .45rem; width: auto; }
  .bars thead td.chart { display: none; }
  .years { --cols: 4; } .signals { --cols: 2; } .companies { --cols: 1; --w: 4.6rem; } .invitations { --cols: 2; --w: 5.6rem; }
  .bars thead th { white-space: normal; }
  .tiles.two { grid-template-columns: 1fr 1fr; }
  .tiles.two .tile { grid-template-columns: 1fr auto; }
  .files tr { display: grid; grid-template-columns: minmax(0, 1fr) 4.5rem; border-bottom: 1px solid var(--line); }
  .files tbody tr:last-child { border-bottom: 0; }
  .files th, .files td { border-bottom: 0; width: auto; min-width: 0; }
  .files .skipped { grid-column: 1 / -1; padding-top: 0; }
  .files .skipped:empty, .files thead th:last-child { display: none; }
  .signals tbody th { white-space: normal; }
}
@page { size: A4; margin: 12mm; }
@media print {
  body { background: #fff; font-size: 10pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  main { max-width: none; padding: 0; }
  section { border: 1px solid #ccd; break-inside: avoid; page-break-inside: avoid; padding: .8rem 1rem .6rem; margin-bottom: .6rem; }
  #years, #about { break-inside: auto; page-break-inside: auto; }
  tr { break-inside: avoid; }
  a { text-decoration: none; }
}
`;
