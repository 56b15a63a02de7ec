/** The prune list in every format (src/report/prune-list*.ts, src/commands/prune-list.ts), in English; spread into en.ts. */
export const enPrune = {
  'prune.noName': '(no name)',
  'prune.role': '{position} at {company}',
  'prune.search': 'search',
  'prune.menu': 'More → Remove connection',
  'prune.title': 'netprune prune list',
  'prune.nobodyMarked': 'nobody marked for removal yet',
  'prune.summary': {
    one: '{count} marked for removal: {done} already done (no longer connected in {path}), {pending} still connected',
    other: '{count} marked for removal: {done} already done (no longer connected in {path}), {pending} still connected',
  },
  'prune.summaryUnclear': {
    one: '{count} marked for removal: {done} already done (no longer connected in {path}), {pending} still connected, {unclear} unclear',
    other: '{count} marked for removal: {done} already done (no longer connected in {path}), {pending} still connected, {unclear} unclear',
  },
  'prune.unclear': 'not listed, as it cannot be told which connection here the decision is about: {names}; `{command}` asks about them again',
  'prune.unchecked': {
    one: 'could not check {count} ({names}): rows of Connections.csv were skipped, and they may be among them; not counted as done',
    other: 'could not check {count} ({names}): rows of Connections.csv were skipped, and they may be among them; not counted as done',
  },
  'prune.urlChanged': '{name} is still connected: the profile URL changed from {before} to {now}, which is listed',
  'prune.leftOut': {
    one: '{count} person marked for removal is left out of this list (see above); exit code 1',
    other: '{count} people marked for removal are left out of this list (see above); exit code 1',
  },
  'prune.nothingLeft': 'nothing left to remove',
  'prune.withoutUrl': {
    one: '{count} person to remove has no profile URL in the export and is not listed; --format md or html lists them with a search link',
    other: '{count} people to remove have no profile URL in the export and are not listed; --format md or html lists them with a search link',
  },
  'prune.wrote': 'Wrote the prune list ({count} to remove) to {target}',
  'prune.md.nobody': 'Nobody to remove.',
  'prune.md.intro': {
    one: '{count} person to remove. Open each profile on linkedin.com, choose {menu}, then tick the box.',
    other: '{count} people to remove. Open each profile on linkedin.com, choose {menu}, then tick the box.',
  },
  'prune.md.remove': 'Remove ({count})',
  'prune.md.keep': 'Keep ({count})',
  'prune.md.noUrl': 'no profile URL in the export: {search}',
  'prune.html.title': 'Prune list',
  'prune.html.intro': {
    one: '{count} person to remove. Open each profile, choose {menu} on LinkedIn, then tick {done}. This browser remembers the ticks.',
    other: '{count} people to remove. Open each profile, choose {menu} on LinkedIn, then tick {done}. This browser remembers the ticks.',
  },
  'prune.html.done': 'Done',
  'prune.html.name': 'Name',
  'prune.html.position': 'Position',
  'prune.html.searchFor': '{name} (search)',
  'prune.html.doneFor': 'Done: {name}',
  /** Filled in by the page's script, which counts the ticks: `{done}` and `{total}` stay in. */
  'prune.html.progress': '{done} of {total} done',
  'prune.html.forgets': ' (this browser will not remember the ticks)',
} as const;
