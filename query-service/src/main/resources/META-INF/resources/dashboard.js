// The ASI Stream dashboard: sign in with a token, then a live league table (server-sent events), the figures beside
// the measures, a funnel plot and a trajectory chart per measure for the chosen organisation, period and measure.
//
// The token is kept in sessionStorage (this tab only) and sent as a bearer token. EventSource cannot send headers, so
// the stream is opened with a short-lived ticket from POST /v1/stream-tickets, never with the token itself.
'use strict';

const MEASURES = [
  { id: '1', name: 'AF anticoagulation at discharge' },
  { id: '2', name: 'Stroke unit within 4 hours' },
  { id: '3', name: '90% of stay on a stroke unit' },
  { id: '4a', name: 'Brain imaging within 1 hour' },
  { id: '4b', name: 'Brain imaging within 24 hours' },
  { id: '5', name: 'High-risk TIA treated within 24 hours' },
  { id: '6', name: 'Psychological support by 6 months' },
  { id: '7', name: 'Joint care plan on discharge' },
  { id: '8', name: 'Reviewed within 6 months' },
  { id: '9', name: 'Early supported discharge' },
];
const TOKEN_KEY = 'asi.token';
const RECONNECT_MS = 3000;
const CHARTS_REFRESH_MS = 5000;
// Ten trajectories, two at a time: with the stream and the tables they stay within the browser's six connections.
const TRAJECTORIES_AT_ONCE = 2;

const state = {
  token: null,
  me: null,
  stream: null,
  reconnect: null,
  rowSignatures: new Map(),
  targets: new Map(),
  charts: new Map(),
  chartsDue: null,
  generation: 0,
  requests: null,
};

const $ = (id) => document.getElementById(id);

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'class') node.className = value;
    else if (name === 'text') node.textContent = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) node.append(child);
  return node;
}

/** Runs task on every item, at most limit at once. */
async function atMostAtOnce(limit, items, task) {
  const queue = [...items];
  await Promise.all(Array.from({ length: limit }, async () => {
    while (queue.length) await task(queue.shift());
  }));
}

function percent(rate) {
  return rate === null || rate === undefined ? '–' : (rate * 100).toFixed(1) + '%';
}

// ---- API ----

class ApiError extends Error {
  constructor(status, detail, retryAfter) {
    super(detail);
    this.status = status;
    this.retryAfter = retryAfter;
  }
}

/** A call of the API; once signed in, it belongs to the current selection and is aborted when that changes. */
async function api(path, options = {}) {
  const response = await fetch(path, {
    ...options,
    headers: { Accept: 'application/json', Authorization: 'Bearer ' + state.token },
    signal: state.requests ? state.requests.signal : undefined,
  });
  if (!response.ok) {
    let detail = response.statusText;
    try { detail = (await response.json()).detail || detail; } catch (ignored) { /* not a problem document */ }
    throw new ApiError(response.status, detail, Number(response.headers.get('Retry-After') || 0));
  }
  return response.json();
}

function orgPath(org) {
  return org.level === 'nation' ? '/v1/nation' : `/v1/${org.level}/${encodeURIComponent(org.code)}`;
}

// ---- sign in ----

async function signIn(token) {
  state.token = token;
  $('sign-in-message').textContent = '';
  try {
    state.me = await api('/v1/me');
  } catch (error) {
    if (error.status === 503) {
      $('sign-in-message').textContent = 'The views are still loading; trying again shortly…';
      setTimeout(() => signIn(token), Math.max(1, error.retryAfter) * 1000);
      return;
    }
    sessionStorage.removeItem(TOKEN_KEY);
    state.token = null;
    $('sign-in-message').textContent = error.status === 401 ? 'That token is not recognised.' : error.message;
    return;
  }
  sessionStorage.setItem(TOKEN_KEY, token);
  $('token').value = '';
  $('sign-in-panel').hidden = true;
  $('who').hidden = false;
  $('who-name').textContent = `${state.me.name} (${state.me.role.toLowerCase()})`;
  $('dashboard').hidden = false;
  buildControls();
  show();
}

function signOut() {
  abortRequests();
  closeStream();
  sessionStorage.removeItem(TOKEN_KEY);
  state.token = null;
  state.me = null;
  for (const chart of state.charts.values()) chart.dispose();
  state.charts.clear();
  $('dashboard').hidden = true;
  $('who').hidden = true;
  $('sign-in-panel').hidden = false;
}

// ---- controls ----

function londonMonth(instant) {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit' })
    .formatToParts(new Date(instant));
  return { year: Number(parts.find((p) => p.type === 'year').value),
    month: Number(parts.find((p) => p.type === 'month').value) };
}

function periodOptions(asOf) {
  const { year, month } = londonMonth(asOf);
  const options = [['last-12-months', 'Last 12 months'], ['last-30-days', 'Last 30 days']];
  const fy = month >= 4 ? year : year - 1;
  for (const y of [fy, fy - 1]) options.push([`FY${y}`, `Financial year ${y}/${String(y + 1).slice(2)}`]);
  let q = Math.floor((month - 1) / 3) + 1;
  let qy = year;
  for (let i = 0; i < 8; i++) {
    options.push([`${qy}-Q${q}`, `${qy} Q${q}`]);
    if (--q === 0) { q = 4; qy--; }
  }
  let m = month;
  let my = year;
  for (let i = 0; i < 24; i++) {
    const value = `${my}-${String(m).padStart(2, '0')}`;
    options.push([value, new Date(Date.UTC(my, m - 1, 1)).toLocaleDateString('en-GB',
      { month: 'long', year: 'numeric', timeZone: 'UTC' })]);
    if (--m === 0) { m = 12; my--; }
  }
  return options;
}

function buildControls() {
  const organisation = $('organisation');
  organisation.replaceChildren();
  for (const org of state.me.organisations) {
    const value = JSON.stringify({ level: org.level, code: org.code, sight: org.sight });
    organisation.append(el('option', { value, text: `${org.name}${org.sight === 'TOTALS' ? ' (totals)' : ''}` }));
  }
  const own = state.me.organisations.find((org) => org.code === state.me.org && org.sight === 'ALL')
    || state.me.organisations.find((org) => org.sight === 'ALL') || state.me.organisations[0];
  organisation.value = JSON.stringify({ level: own.level, code: own.code, sight: own.sight });

  const period = $('period');
  period.replaceChildren(...periodOptions(state.me.asOf).map(([value, text]) => el('option', { value, text })));
  period.value = 'last-12-months';

  const measure = $('measure');
  measure.replaceChildren(el('option', { value: '', text: 'All measures (overall ranking)' }),
    ...MEASURES.map((m) => el('option', { value: m.id, text: `${m.id}: ${m.name}` })));
}

function selection() {
  return {
    org: JSON.parse($('organisation').value),
    period: $('period').value,
    measure: $('measure').value,
  };
}

// ---- what to show ----

// A browser opens at most six connections to the service, shared by the live stream and every table and chart. The
// requests of a selection that has been left are aborted, so that flicking through periods does not queue stale
// requests ahead of the new stream.
function abortRequests() {
  if (state.requests) state.requests.abort();
  state.requests = null;
}

function show() {
  state.generation++;
  abortRequests();
  state.requests = new AbortController();
  const { org } = selection();
  const ranked = org.sight === 'ALL' && org.level !== 'trusts';
  state.rowSignatures.clear();
  $('league-panel').hidden = !ranked;
  $('funnel-panel').hidden = !ranked;
  $('own-panel').hidden = ranked;
  $('networks-panel').hidden = org.level !== 'regions';
  closeStream();
  if (ranked) openStream();
  refreshCharts();
}

function refreshCharts() {
  const generation = state.generation;
  const { org } = selection();
  loadBeside(generation);
  if (org.sight === 'ALL' && org.level !== 'trusts') loadFunnel(generation);
  else loadOwnMeasures(generation);
  if (org.level === 'regions') loadNetworks(generation);
  loadTrajectories(generation);
}

/** After a streamed update, the charts follow at most every few seconds. */
function chartsFollow() {
  if (state.chartsDue) return;
  state.chartsDue = setTimeout(() => { state.chartsDue = null; refreshCharts(); }, CHARTS_REFRESH_MS);
}

function setStatus(text, live) {
  const status = $('status');
  status.textContent = text;
  status.className = 'status ' + (live ? 'live' : 'down');
}

// ---- the live league table ----

async function openStream() {
  const generation = state.generation;
  const { org, period, measure } = selection();
  let ticket;
  try {
    ticket = (await api('/v1/stream-tickets', { method: 'POST' })).ticket;
  } catch (error) {
    if (generation !== state.generation) return;
    setStatus('Not connected: ' + error.message, false);
    scheduleReconnect(generation);
    return;
  }
  if (generation !== state.generation) return;
  const query = new URLSearchParams({ period, ticket });
  if (measure) query.set('measure', measure);
  const source = new EventSource(`${orgPath(org)}/league-table/stream?${query}`);
  state.stream = source;
  source.addEventListener('league-table', (event) => {
    const table = JSON.parse(event.data);
    renderLeagueTable(table);
    setStatus(`Live · as of ${new Date(table.asOf).toLocaleString('en-GB', { timeZone: 'Europe/London' })}`
      + (table.asOfSource === 'wall-clock' ? ' (no platform clock yet: wall clock)' : ''), true);
    chartsFollow();
  });
  source.onerror = () => {
    // A refused or expired ticket closes the source for good: fetch a new ticket and reconnect.
    if (source.readyState === EventSource.CLOSED) {
      setStatus('Disconnected; reconnecting…', false);
      scheduleReconnect(generation);
    } else {
      setStatus('Connection interrupted; reconnecting…', false);
    }
  };
}

function scheduleReconnect(generation) {
  clearTimeout(state.reconnect);
  state.reconnect = setTimeout(() => {
    if (generation === state.generation && state.token) openStream();
  }, RECONNECT_MS);
}

function closeStream() {
  clearTimeout(state.reconnect);
  if (state.stream) state.stream.close();
  state.stream = null;
}

function figureClass(figure) {
  if (figure.tooFewToRank) return 'too-few';
  if (figure.atTarget === null) return '';
  return figure.atTarget ? 'at-target' : 'below-target';
}

function rateCell(figure) {
  const cell = el('td', { class: 'rate ' + figureClass(figure) }, percent(figure.rate));
  if (figure.rate !== null) cell.append(el('span', { class: 'ci', text: `${percent(figure.ciLow)}–${percent(figure.ciHigh)}` }));
  const decided = figure.met + figure.notMet;
  cell.title = `${figure.met} met of ${decided}` + (figure.pending ? `, ${figure.pending} pending` : '')
    + (figure.tooFewToRank ? ' · too few to rank' : '');
  return cell;
}

function targetHeader(measure) {
  const target = state.targets.get(measure.id);
  return el('th', {}, measure.id, el('span', { class: 'target', text: target === undefined ? '' : `target ${percent(target)}` }));
}

function renderLeagueTable(table) {
  const single = table.measure !== null;
  for (const row of table.rows) for (const m of row.measures) state.targets.set(m.measure, m.target);
  $('league-title').textContent = `League table · ${table.name} · ${table.period.label}`
    + (single ? ` · measure ${table.measure}` : ' · overall ranking');
  const head = single
    ? el('tr', {}, el('th', { text: 'Rank' }), el('th', { class: 'trust', text: 'Trust' }), el('th', { text: 'Met' }),
      el('th', { text: 'Not met' }), el('th', { text: 'Pending' }), el('th', { text: 'Excluded' }),
      targetHeader(MEASURES.find((m) => m.id === table.measure)), el('th', { text: 'Still reachable' }),
      el('th', { text: 'Status' }))
    : el('tr', {}, el('th', { text: 'Rank' }), el('th', { class: 'trust', text: 'Trust' }),
      el('th', { text: 'At target' }), el('th', { text: 'Mean rate' }), ...MEASURES.map(targetHeader));
  $('league-table').tHead.replaceChildren(head);

  const body = $('league-table').tBodies[0];
  const rows = table.rows.map((row) => {
    const tr = el('tr', { 'data-trust': row.trust });
    if (single) {
      const figure = row.measures[0];
      tr.append(el('td', { class: 'rank', text: figure.rank ?? '–' }), el('td', { class: 'trust', text: row.name }),
        el('td', { text: figure.met }), el('td', { text: figure.notMet }), el('td', { text: figure.pending }),
        el('td', { text: figure.excluded }), rateCell(figure),
        el('td', { text: figure.pending ? `${percent(figure.rangeLow)}–${percent(figure.rangeHigh)}` : '' }),
        el('td', { class: figureClass(figure), text: figure.tooFewToRank ? 'too few to rank'
          : figure.atTarget ? 'at target' : 'below target' }));
    } else {
      tr.append(el('td', { class: 'rank', text: row.overall.rank ?? '–' }), el('td', { class: 'trust', text: row.name }),
        el('td', { text: `${row.overall.measuresAtTarget} of ${row.overall.measuresRanked}` }),
        el('td', { text: percent(row.overall.meanRate) }), ...row.measures.map(rateCell));
    }
    const signature = JSON.stringify(row);
    const previous = state.rowSignatures.get(row.trust);
    if (previous !== undefined && previous !== signature) {
      tr.classList.add('changed');
      setTimeout(() => tr.classList.remove('changed'), 6000);
    }
    state.rowSignatures.set(row.trust, signature);
    return tr;
  });
  body.replaceChildren(...rows);
}

// ---- tables that are fetched ----

async function loadOwnMeasures(generation) {
  const { org, period } = selection();
  try {
    const report = await api(`${orgPath(org)}/measures?period=${encodeURIComponent(period)}`);
    if (generation !== state.generation) return;
    $('own-title').textContent = `Measures · ${report.name} · ${report.period.label}`;
    $('own-table').tHead.replaceChildren(el('tr', {}, el('th', { class: 'trust', text: 'Measure' }),
      el('th', { text: 'Met' }), el('th', { text: 'Not met' }), el('th', { text: 'Pending' }),
      el('th', { text: 'Excluded' }), el('th', { text: 'Rate (95% CI)' }), el('th', { text: 'Target' })));
    $('own-table').tBodies[0].replaceChildren(...report.measures.map((m) => el('tr', {},
      el('td', { class: 'trust', text: `${m.measure}: ${m.name}` + (m.esdTeam === undefined ? ''
        : m.esdTeam ? ' (trust runs an ESD team)' : ' (no ESD team of its own)') }),
      el('td', { text: m.met }), el('td', { text: m.notMet }), el('td', { text: m.pending }),
      el('td', { text: m.excluded }), rateCell(m), el('td', { text: percent(m.target) }))));
  } catch (error) {
    if (generation !== state.generation) return;
    $('own-title').textContent = 'Measures: ' + error.message;
  }
}

async function loadNetworks(generation) {
  const { period } = selection();
  const networks = state.me.organisations.filter((o) => o.level === 'networks' && o.sight === 'ALL');
  try {
    const reports = await Promise.all(networks.map((n) =>
      api(`${orgPath(n)}/measures?period=${encodeURIComponent(period)}`)));
    if (generation !== state.generation) return;
    for (const report of reports) for (const m of report.measures) state.targets.set(m.measure, m.target);
    $('networks-title').textContent = `Networks of the region · ${period}`;
    $('networks-table').tHead.replaceChildren(el('tr', {}, el('th', { class: 'trust', text: 'Network' }),
      ...MEASURES.map(targetHeader)));
    $('networks-table').tBodies[0].replaceChildren(...reports.map((report) => {
      const tr = el('tr', { class: 'selectable', 'data-network': report.code },
        el('td', { class: 'trust', text: report.name }), ...report.measures.map(rateCell));
      tr.addEventListener('click', () => {
        $('organisation').value = JSON.stringify({ level: 'networks', code: report.code, sight: 'ALL' });
        show();
      });
      return tr;
    }));
  } catch (error) {
    if (generation !== state.generation) return;
    $('networks-title').textContent = 'Networks: ' + error.message;
  }
}

async function loadBeside(generation) {
  const { org, period } = selection();
  try {
    const report = await api(`${orgPath(org)}/measures?period=${encodeURIComponent(period)}`);
    if (generation !== state.generation) return;
    const i = report.imaging;
    const minutes = (s) => (s.median === null ? '–' : `${s.median} / ${s.p90} min`);
    const share = (s) => (s.rate === null ? '–'
      : `${percent(s.rate)} (${s.numerator}/${s.denominator}; 95% CI ${percent(s.ciLow)}–${percent(s.ciHigh)})`);
    const q = report.dataQuality;
    const byReason = (reasons) => {
      const listed = Object.entries(reasons).sort(([, a], [, b]) => b - a)
        .map(([reason, count]) => `${reason} ${count}`).join(', ');
      return listed ? ` (${listed})` : '';
    };
    const freshest = report.dataQuality.trusts
      .map((t) => `${t.trust}: ${t.newestReceivedAt ? new Date(t.newestReceivedAt).toLocaleString('en-GB') : 'no events'}`)
      .join(' · ');
    const items = [
      ['Door to scan, median / 90th percentile', minutes(i.doorToScanMinutes)],
      ['Scanned within 1 h, in hours', share(i.scannedWithinHourInHours)],
      ['Scanned within 1 h, out of hours', share(i.scannedWithinHourOutOfHours)],
      ['Scan to report, median / 90th percentile', minutes(i.scanToReportMinutes)],
      ['Thrombolysis', share(i.thrombolysis)],
      ['Door to needle, median', i.doorToNeedleMinutes.median === null ? '–' : `${i.doorToNeedleMinutes.median} min`],
      ['High-risk TIA scanned within 2 h / 6 h',
        `${percent(i.tiaHighRiskScannedWithin2Hours.rate)} / ${percent(i.tiaHighRiskScannedWithin6Hours.rate)}`],
      ['High-risk TIA investigated with MRI', share(i.tiaHighRiskInvestigatedWithMri)],
      ['TIA tariff earned / forgone', `£${report.tariff.earned} / £${report.tariff.forgone} (${report.tariff.episodes} episodes)`],
      ['Incomplete episodes', String(report.dataQuality.incompleteEpisodes)],
      ['Dead-lettered events', `${q.deadLetters}${byReason(q.deadLetterReasons)}`],
      ['Refused by the ingest service',
        `${q.rejectedEvents} events in ${q.rejectedRequests} requests${byReason(q.rejectionReasons)}`],
      ['Newest event received', freshest || 'per-trust detail not shown for totals'],
    ];
    $('beside').replaceChildren(...items.map(([term, value]) => el('dl', {}, el('dt', { text: term }),
      el('dd', { text: value }))));
  } catch (error) {
    if (generation !== state.generation) return;
    $('beside').replaceChildren(el('p', { class: 'message', text: error.message }));
  }
}

// ---- charts (ECharts) ----

function chart(id, container) {
  let instance = state.charts.get(id);
  if (!instance || instance.getDom() !== container) {
    if (instance) instance.dispose();
    instance = echarts.init(container);
    state.charts.set(id, instance);
  }
  return instance;
}

async function loadFunnel(generation) {
  const { org, period, measure } = selection();
  const shown = measure || '4a';
  try {
    const funnel = await api(`${orgPath(org)}/funnel?measure=${shown}&period=${encodeURIComponent(period)}`);
    if (generation !== state.generation) return;
    $('funnel-title').textContent = `Funnel plot · measure ${shown} · ${funnel.name} · ${funnel.period.label}`;
    const limit = (name) => funnel.limits.map((l) => [l.denominator, l[name]]);
    const line = (name, data, type) => ({ name, type: 'line', data, showSymbol: false,
      lineStyle: { type, width: 1 }, color: type === 'dashed' ? '#4c6272' : '#d5281b' });
    chart('funnel', $('funnel-chart')).setOption({
      animation: false,
      tooltip: { trigger: 'item', formatter: (p) => (p.seriesName === 'Trusts'
        ? `${p.data[2]}: ${percent(p.data[1])} of ${p.data[0]}` : `${p.seriesName}: ${percent(p.data[1])}`) },
      legend: { top: 0 },
      grid: { left: 60, right: 20, top: 40, bottom: 40 },
      xAxis: { type: 'value', name: 'Denominator (met + not met)', nameLocation: 'middle', nameGap: 26, min: 0,
        max: (extent) => Math.ceil(extent.max * 1.1) },
      yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v) => `${v * 100}%` } },
      series: [
        { name: 'Trusts', type: 'scatter', symbolSize: 10, color: '#005eb8',
          data: funnel.trusts.filter((t) => t.denominator > 0).map((t) => [t.denominator, t.rate, t.name]),
          label: { show: true, position: 'right', formatter: (p) => p.data[2] }, labelLayout: { hideOverlap: true } },
        { ...line('Mean', funnel.limits.map((l) => [l.denominator, funnel.mean]), 'solid'), color: '#007f3b' },
        line('95% limits', limit('upper95'), 'dashed'),
        { ...line('95% limits', limit('lower95'), 'dashed') },
        line('99.8% limits', limit('upper998'), 'solid'),
        { ...line('99.8% limits', limit('lower998'), 'solid') },
        { name: 'Target', type: 'line', data: [], markLine: { symbol: 'none', silent: true,
          lineStyle: { color: '#ffb81c', width: 2 }, label: { position: 'insideEndTop', formatter: `target ${percent(funnel.target)}` },
          data: [{ yAxis: funnel.target }] } },
      ],
    }, true);
  } catch (error) {
    if (generation !== state.generation) return;
    $('funnel-title').textContent = 'Funnel plot: ' + error.message;
  }
}

async function loadTrajectories(generation) {
  const { org } = selection();
  const container = $('trajectories');
  if (container.dataset.org !== JSON.stringify(org)) {
    container.dataset.org = JSON.stringify(org);
    for (const [id, instance] of state.charts) {
      if (id.startsWith('trajectory-')) { instance.dispose(); state.charts.delete(id); }
    }
    container.replaceChildren(...MEASURES.map((m) => el('div', { class: 'chart', id: `trajectory-${m.id}` })));
  }
  await atMostAtOnce(TRAJECTORIES_AT_ONCE, MEASURES, async (m) => {
    try {
      const t = await api(`${orgPath(org)}/trajectory?measure=${m.id}`);
      if (generation !== state.generation) return;
      const months = t.months.map((month) => month.month);
      chart(`trajectory-${m.id}`, $(`trajectory-${m.id}`)).setOption({
        animation: false,
        title: { text: `${m.id}: ${m.name}`, textStyle: { fontSize: 13 } },
        tooltip: { trigger: 'axis', valueFormatter: (v) => percent(v) },
        grid: { left: 50, right: 16, top: 36, bottom: 28 },
        xAxis: { type: 'category', data: months },
        yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v) => `${v * 100}%` } },
        series: [
          { name: 'Rate', type: 'line', connectNulls: false, color: '#005eb8',
            data: t.months.map((month) => ({ value: month.rate,
              itemStyle: { color: month.onTrajectory === false ? '#d5281b' : month.onTrajectory ? '#007f3b' : '#005eb8' } })) },
          { name: 'Trajectory', type: 'line', showSymbol: false, color: '#4c6272', lineStyle: { type: 'dashed' },
            data: t.months.map((month) => month.trajectory) },
          { name: 'Target', type: 'line', data: [], markLine: { symbol: 'none', silent: true,
            lineStyle: { color: '#ffb81c', width: 2 }, label: { position: 'insideEndTop', formatter: `target ${percent(t.target)}` },
            data: [{ yAxis: t.target }] } },
        ],
      }, true);
    } catch (error) {
      if (generation !== state.generation) return;
      $(`trajectory-${m.id}`).textContent = `${m.id}: ${error.message}`;
    }
  });
}

// ---- start ----

document.addEventListener('DOMContentLoaded', () => {
  $('sign-in').addEventListener('submit', (event) => {
    event.preventDefault();
    signIn($('token').value.trim());
  });
  $('sign-out').addEventListener('click', signOut);
  for (const id of ['organisation', 'period', 'measure']) $(id).addEventListener('change', show);
  window.addEventListener('resize', () => { for (const c of state.charts.values()) c.resize(); });
  const saved = sessionStorage.getItem(TOKEN_KEY);
  if (saved) signIn(saved);
});
