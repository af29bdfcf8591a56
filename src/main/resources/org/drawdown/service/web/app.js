// The planners' page of drawdown serve: plain script over the job API, nothing fetched from elsewhere. The token is
// kept in this tab's session storage and sent as a bearer token with every call, never put in a URL, so reports
// and downloads are fetched here and handed to the browser as blobs.
'use strict';

const POLL_MS = 1000;
const TOKEN_KEY = 'drawdown.token';
const FINISHED = ['DONE', 'STOPPED', 'FAILED'];
const $ = (id) => document.getElementById(id);

let polling = null;
const rows = new Map();

/** Calls the API with the token; answers the response, or throws an Error carrying the API's one-line message. */
async function api(path, options = {}) {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const headers = Object.assign({ Authorization: 'Bearer ' + token }, options.headers || {});
  const response = await fetch(path, Object.assign({}, options, { headers }));
  if (response.status === 401) {
    signOut('The API token was refused: sign in again.');
    throw new Error('The API token was refused.');
  }
  if (!response.ok) {
    let message = response.status + ' ' + response.statusText;
    try {
      message = (await response.json()).error || message;
    } catch (ignored) {
      // Not the API's JSON error (a proxy's page, say): the status line says enough.
    }
    throw new Error(message);
  }
  return response;
}

function say(text, isError = false) {
  const message = $('message');
  message.textContent = text;
  message.classList.toggle('error', isError);
}

async function signIn(event) {
  event.preventDefault();
  sessionStorage.setItem(TOKEN_KEY, $('token').value.trim());
  try {
    await refresh();
    $('token').value = '';
    showWork(true);
    say('Signed in.');
  } catch (error) {
    if (sessionStorage.getItem(TOKEN_KEY) !== null) {
      sessionStorage.removeItem(TOKEN_KEY);
      say(error.message, true);
    }
  }
}

function signOut(why) {
  sessionStorage.removeItem(TOKEN_KEY);
  showWork(false);
  say(why, why !== 'Signed out.');
}

function showWork(signedIn) {
  $('sign-in').hidden = signedIn;
  $('work').hidden = !signedIn;
  $('sign-out').hidden = !signedIn;
  clearInterval(polling);
  polling = signedIn ? setInterval(poll, POLL_MS) : null;
  if (!signedIn) {
    rows.clear();
    document.querySelector('#jobs tbody').replaceChildren();
  }
}

async function submit(event) {
  event.preventDefault();
  const file = $('scenario').files[0];
  const query = new URLSearchParams({ timeLimit: $('time-limit').value.trim(), config: $('config').value });
  if ($('seed').value !== '') {
    query.set('seed', $('seed').value);
  }
  $('submit-button').disabled = true;
  try {
    const response = await api('/plans?' + query, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: file,
    });
    const job = await response.json();
    say('Submitted ' + file.name + ' as job ' + job.id + '.');
    await refresh();
  } catch (error) {
    say(file.name + ': ' + error.message, true);
  } finally {
    $('submit-button').disabled = false;
  }
}

let refreshing = false;

/** One poll at a time: a slow answer is not piled on by the next tick. */
async function poll() {
  if (refreshing) {
    return;
  }
  refreshing = true;
  try {
    await refresh();
  } catch (error) {
    $('refreshed').textContent = 'not refreshed: ' + error.message;
  } finally {
    refreshing = false;
  }
}

async function refresh() {
  const jobs = await (await api('/plans')).json();
  jobs.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const body = document.querySelector('#jobs tbody');
  jobs.forEach((job, index) => {
    const row = rows.get(job.id) || newRow(job.id);
    fill(row, job);
    if (body.children[index] !== row) {
      body.insertBefore(row, body.children[index] || null);
    }
  });
  $('no-jobs').hidden = jobs.length > 0;
  $('refreshed').textContent = 'as of ' + new Date().toLocaleTimeString();
}

const ACTIONS = [
  ['report', 'Report', 'Open the plan\'s report in a new tab'],
  ['plan', 'Plan', 'Download the best plan (plan file)'],
  ['flights', 'Flights CSV', 'Download the flights as CSV'],
  ['loads', 'Loads CSV', 'Download the loads as CSV'],
  ['check', 'Check', 'Check the plan against every rule; download the result'],
];

/** A job's row, built once and then updated in place, so that a poll never replaces a button being clicked. */
function newRow(id) {
  const row = document.createElement('tr');
  row.dataset.job = id;
  for (const name of ['job', 'status', 'score', 'cost number', 'solver', 'searched number', 'submitted', 'stop',
    'results']) {
    const cell = row.insertCell();
    cell.className = name;
  }
  row.cells[0].textContent = id;
  row.cells[7].append(button('stop', 'Stop', 'Stop solving and keep the best plan'));
  ACTIONS.forEach(([action, label, title]) => row.cells[8].append(button(action, label, title)));
  rows.set(id, row);
  return row;
}

function button(action, label, title) {
  const element = document.createElement('button');
  element.type = 'button';
  element.dataset.action = action;
  element.textContent = label;
  element.title = title;
  return element;
}

function fill(row, job) {
  const status = row.cells[1];
  status.textContent = job.status + (job.error ? ': ' + job.error : '');
  status.className = 'status status-' + job.status;
  row.cells[2].textContent = job.score || '';
  row.cells[3].textContent = job.totalCostUsd == null ? '' : job.totalCostUsd.toLocaleString('en-US');
  row.cells[4].textContent = job.config + (job.seed == null ? '' : ', seed ' + job.seed);
  row.cells[5].textContent = seconds(job.spentMillis) + ' of ' + seconds(job.timeLimitMillis);
  row.cells[6].textContent = job.createdAt.replace('T', ' ').replace(/\.\d+/, '').replace('Z', '');
  row.querySelector('[data-action=stop]').disabled = FINISHED.includes(job.status);
  row.cells[8].querySelectorAll('button').forEach((element) => { element.disabled = !job.score; });
}

function seconds(millis) {
  return (millis / 1000).toFixed(millis < 10000 ? 1 : 0) + ' s';
}

async function act(event) {
  const element = event.target.closest('button[data-action]');
  if (!element) {
    return;
  }
  const id = element.closest('tr').dataset.job;
  const action = element.dataset.action;
  // A tab opened in the click itself is not taken for a pop-up; the report arrives in it when fetched.
  const tab = action === 'report' ? window.open('', '_blank') : null;
  element.disabled = true;
  try {
    await ({ stop, report, plan, flights, loads, check })[action](id, tab);
  } catch (error) {
    if (tab) {
      tab.close();
    }
    say('Job ' + id + ': ' + error.message, true);
  } finally {
    element.disabled = false;
    poll();
  }
}

async function stop(id) {
  say('Stopping job ' + id + '...');
  const job = await (await api('/plans/' + id, { method: 'DELETE' })).json();
  say('Job ' + id + ' is ' + job.status + (job.score ? ', best score ' + job.score : '') + '.');
}

async function report(id, tab) {
  const html = await (await api('/plans/' + id + '/report')).blob();
  tab.location = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  say('Opened the report of job ' + id + ' in a new tab.');
}

async function plan(id) {
  const job = await (await api('/plans/' + id)).json();
  save(new Blob([JSON.stringify(job.plan, null, 2) + '\n'], { type: 'application/json' }), 'plan-' + id + '.json');
}

async function flights(id) {
  save(await (await api('/plans/' + id + '/csv?table=flights')).blob(), 'flights-' + id + '.csv');
}

async function loads(id) {
  save(await (await api('/plans/' + id + '/csv?table=loads')).blob(), 'loads-' + id + '.csv');
}

async function check(id) {
  const result = await (await api('/plans/' + id + '/check')).json();
  save(new Blob([JSON.stringify(result, null, 2) + '\n'], { type: 'application/json' }), 'check-' + id + '.json');
  say('Job ' + id + ': ' + result.verdict + (result.passed ? '' : ' (' + result.breaches.length + ' breaches)'),
    !result.passed);
}

function save(blob, name) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60000);
  say('Saved ' + name + '.');
}

$('sign-in').addEventListener('submit', signIn);
$('sign-out').addEventListener('click', () => signOut('Signed out.'));
$('submit').addEventListener('submit', submit);
document.querySelector('#jobs tbody').addEventListener('click', act);
if (sessionStorage.getItem(TOKEN_KEY) !== null) {
  refresh().then(() => showWork(true), (error) => say(error.message, true));
}
