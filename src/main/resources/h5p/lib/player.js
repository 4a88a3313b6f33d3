/*
 * The H5P player page on the content origin. h5p-standalone renders the package; this script
 * gives it the learner's saved state, saves the state while they work and when they leave
 * (POST /h5p/state with the session token and a save number, so a late save never overwrites a
 * newer one), and sends the activity's xAPI statements to the LRS at this origin with the
 * per-launch credentials, as the learner's agent.
 */
(function () {
  'use strict';

  /*
   * This page runs in a frame of another site (the content origin is its own site, framed by the
   * application), where browsers that block third-party storage make even reading
   * window.localStorage throw. H5P reads it unguarded (its clipboard, its request queue) and
   * stops half-way; the learner's state is kept on the server anyway, so a storage that lasts
   * as long as the page is all H5P needs.
   */
  ['localStorage', 'sessionStorage'].forEach(function (name) {
    try {
      window[name].getItem('surgalt');
    } catch (blocked) {
      var items = {};
      Object.defineProperty(window, name, {
        configurable: true,
        value: {
          getItem: function (key) { return Object.prototype.hasOwnProperty.call(items, key) ? items[key] : null; },
          setItem: function (key, value) { items[key] = String(value); },
          removeItem: function (key) { delete items[key]; },
          clear: function () { items = {}; },
          key: function (i) { return Object.keys(items)[i] || null; },
          get length() { return Object.keys(items).length; }
        }
      });
    }
  });

  var launch = JSON.parse(document.getElementById('launch').textContent);
  var status = document.getElementById('status');
  var token = launch.token;
  var seq = launch.seq;
  var lastSaved = launch.state;
  var saving = false;
  var queue = [];
  var sending = false;

  function say(text, failed) {
    status.textContent = text || '';
    status.classList.toggle('failed', !!failed);
  }

  function uuid() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  /** The activity's state as H5P keeps it (JSON text), or null when it keeps none. */
  function currentState() {
    var instance = window.H5P && H5P.instances && H5P.instances[0];
    if (!instance || typeof instance.getCurrentState !== 'function') {
      return null;
    }
    var state = instance.getCurrentState();
    return state === undefined || state === null ? null : JSON.stringify(state);
  }

  function save(leaving) {
    var state;
    try {
      state = currentState();
    } catch (e) {
      return;
    }
    if (state === lastSaved || (saving && !leaving)) {
      return;
    }
    seq += 1;
    var body = JSON.stringify({ token: token, seq: seq, state: state });
    if (leaving && navigator.sendBeacon) {
      // The page is going: the browser sends it after. A save is idempotent by its number.
      navigator.sendBeacon(launch.stateUrl, new Blob([body], { type: 'text/plain' }));
      lastSaved = state;
      return;
    }
    saving = true;
    fetch(launch.stateUrl, { method: 'POST', body: body, headers: { 'Content-Type': 'text/plain' }, keepalive: true })
      .then(function (response) {
        return response.json().then(function (answer) {
          if (!response.ok) {
            throw new Error(answer.message || response.status);
          }
          if (answer.token) {
            token = answer.token;
          }
          lastSaved = state;
          say(status.dataset.saved);
        });
      })
      .catch(function (e) {
        console.warn('Saving the state failed: ' + e.message);
        say(status.dataset.failed, true);
      })
      .then(function () { saving = false; });
  }

  /** Statements go in order, each with an id, so a resend after a failure is stored once. */
  function flush(leaving) {
    if (sending || queue.length === 0) {
      return;
    }
    sending = true;
    var batch = queue.splice(0, queue.length);
    fetch(launch.statementsUrl, {
      method: 'POST',
      keepalive: !!leaving,
      headers: {
        'Authorization': launch.authorization,
        'X-Experience-API-Version': '1.0.3',
        'Content-Type': 'application/json'
      },
      body: JSON.stringify(batch)
    }).then(function (response) {
      if (response.status >= 500 || response.status === 429) {
        queue = batch.concat(queue);
        setTimeout(flush, 5000);
      } else if (!response.ok) {
        // Refused for good (the LRS says why): resending would be refused again.
        return response.text().then(function (text) {
          console.warn('The LRS refused ' + batch.length + ' statement(s): ' + response.status + ' ' + text);
        });
      }
    }).catch(function () {
      queue = batch.concat(queue);
      setTimeout(flush, 5000);
    }).then(function () {
      sending = false;
      if (queue.length > 0 && !leaving) {
        flush();
      }
    });
  }

  function onStatement(event) {
    var statement = JSON.parse(JSON.stringify(event.data.statement));
    statement.id = statement.id || uuid();
    statement.actor = launch.actor;
    queue.push(statement);
    flush();
    var verb = statement.verb && statement.verb.id || '';
    if (/\/(answered|completed)$/.test(verb)) {
      // The learner's answer is what the state now holds: keep it without waiting for the timer.
      setTimeout(function () { save(false); }, 0);
    }
  }

  function leave() {
    save(true);
    flush(true);
  }

  say(status.dataset.loading);
  var options = {
    id: 'surgalt',
    h5pJsonPath: launch.h5pJsonPath,
    librariesPath: launch.h5pJsonPath,
    frameJs: launch.frameJs,
    frameCss: launch.frameCss,
    embedType: 'div',
    xAPIObjectIRI: launch.activityId,
    saveFreq: launch.saveSeconds,
    frame: false,
    fullScreen: true
  };
  if (launch.state !== null && launch.state !== undefined) {
    options.contentUserData = [{ state: launch.state }];
  }
  new H5PStandalone.H5P(document.getElementById('h5p'), options).then(function () {
    say('');
    document.documentElement.dataset.ready = 'true';
    H5P.externalDispatcher.on('xAPI', onStatement);
    setInterval(function () { save(false); }, launch.saveSeconds * 1000);
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'hidden') {
        leave();
      }
    });
    window.addEventListener('pagehide', leave);
  }).catch(function (e) {
    console.error('The H5P activity could not be loaded: ' + (e && e.message || e));
    say(status.dataset.broken, true);
  });
}());
