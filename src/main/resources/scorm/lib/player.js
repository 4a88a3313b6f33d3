/*
 * SCORM player shell: one scorm-again API (window.API for 1.2, window.API_1484_11 for 2004)
 * shared by every SCO of a package, the SCO in an iframe beside it on the same origin.
 *
 * Reads the launch JSON the server rendered into <script id="launch">, restores each SCO's
 * saved cmi before the SCO starts, and sends every commit scorm-again makes to commitUrl as
 *   {token, sco, commitSequence, terminate, cmi, sequencingState?, rollup?}
 * taking a fresh token from every answer. Commits leave one at a time, in order, so each
 * carries the token of the answer before it; when the page goes away whatever is left is
 * sent at once with keepalive.
 *
 * Plain ES2017, no build step: served as is from the content origin.
 */
(function () {
  'use strict';

  var launch = JSON.parse(document.getElementById('launch').textContent);
  var is2004 = launch.standard === '2004';
  var sequenced = is2004 && !!launch.sequencing;
  var frame = document.getElementById('sco');
  var statusLine = document.getElementById('status');
  var tocNav = document.getElementById('toc');
  var prevButton = document.getElementById('previous');
  var nextButton = document.getElementById('next');
  var exitButton = document.getElementById('exit');
  var finishedPanel = document.getElementById('finished');

  var scos = {};
  launch.scos.forEach(function (sco) {
    scos[sco.id] = { def: sco, cmi: sco.cmi || null, seq: sco.seq || 0 };
  });
  var order = launchableInTreeOrder(launch.tree);
  var token = launch.token;
  var current = null;      // id of the SCO the API is prepared for / the frame shows
  var switching = 0;       // > 0 while the player (not the SCO) ends or replaces the SCO
  var exitSet = '';        // cmi.exit / cmi.core.exit as the current SCO set it
  var navRequest = null;   // 2004 without sequencing: what the SCO asked for on Terminate
  var finished = false;
  var leaving = false;
  var busy = false;        // a player-initiated switch is under way
  var api;

  // ---- Transport: scorm-again's IHttpService, so numbering, tokens and order are ours ----
  // (Its own fetch always uses keepalive, which Chromium refuses above 64 KB in flight, and
  // its commit counter starts at 1 on every page load while ours must go on from `seq`.)

  var outbox = [];
  var inFlight = false;
  var failed = false;

  var transport = {
    reportsRequestCompletion: true,
    updateSettings: function () {},
    processHttpRequest: function (url, params, immediate, apiLog, processListeners) {
      var entry = { body: commitBody(params, immediate), done: processListeners, tries: 0 };
      outbox.push(entry);
      pump();
      return { result: 'true', errorCode: 0 };
    }
  };

  function commitBody(params, terminate) {
    var sco = scos[current];
    var cmi = params.cmi;
    // scorm-again adds the session to total_time only on the terminating commit; every
    // commit carries the running total so that the one saved last is right whenever the
    // page stops. The base stays the total the SCO started with: nothing counted twice.
    if (is2004) {
      cmi.total_time = api.cmi.getCurrentTotalTime();
    } else {
      cmi.core.total_time = api.cmi.getCurrentTotalTime();
    }
    sco.seq += 1;
    sco.cmi = cmi;
    var body = { token: null, sco: current, commitSequence: sco.seq, terminate: !!terminate, cmi: cmi };
    if (sequenced) attachState(body);
    return body;
  }

  // The engine's state is large (some 60 KB for eight activities) and changes only when an
  // attempt ends or sequencing runs, so it goes only when it differs from the last one sent.
  var sentStateKey = null;

  function attachState(body) {
    var state = api.serializeSequencingState();
    var key = state.replace(/"timestamp":"[^"]*",?/g, '');
    if (key !== sentStateKey) {
      body.sequencingState = state;
      sentStateKey = key;
    }
    body.rollup = rootRollup();
  }

  // The terminating commit leaves before scorm-again runs the navigation it asked for, so
  // what that navigation did (the next activity, a suspended or ended session) is sent after
  // it, as one more commit of the SCO that just ended, with the same cmi.
  function syncSequencingState() {
    if (!sequenced || !current || running() || !scos[current].cmi) return;
    var sco = scos[current];
    var body = { token: null, sco: current, commitSequence: sco.seq + 1, terminate: true, cmi: sco.cmi };
    attachState(body);
    if (!body.sequencingState) return;
    sco.seq += 1;
    outbox.push({ body: body, done: function () {}, tries: 0 });
    pump();
  }

  function rootRollup() {
    var data = null;
    try {
      data = api.getActivityTrackingData(launch.sequencing.activityTree.id);
    } catch (e) { /* no tree yet */ }
    if (!data) return null;
    var completion = data.completionStatus;
    var success = data.successStatus;
    return {
      completion: completion === 'completed' || completion === 'incomplete' ? completion : 'unknown',
      success: success === 'passed' || success === 'failed' ? success : 'unknown',
      scaled: typeof data.score === 'number' ? data.score : null
    };
  }

  function pump() {
    if (leaving) {
      flushAll();
      return;
    }
    if (inFlight || outbox.length === 0) {
      showStatus();
      return;
    }
    inFlight = true;
    showStatus();
    var entry = outbox[0];
    post(entry.body).then(function (answer) {
      outbox.shift();
      inFlight = false;
      if (answer.token) token = answer.token;
      // A stale answer means the server already has this or a newer commit: nothing lost.
      var ok = answer.result === true || answer.result === 'true' || answer.stale === true;
      failed = !ok;
      entry.done(ok ? 'CommitSuccess' : 'CommitError', undefined, Number(answer.errorCode) || 391);
      pump();
    }, function () {
      inFlight = false;
      entry.tries += 1;
      failed = true;
      showStatus();
      if (entry.tries >= 4 || supersededInOutbox(entry)) {
        outbox.splice(outbox.indexOf(entry), 1);
        entry.done('CommitError', undefined, 391);
        pump();
      } else {
        setTimeout(pump, 2000 * entry.tries);
      }
    });
  }

  // A later full commit of the same SCO makes an earlier one that cannot get through moot,
  // unless that one ended the SCO's session.
  function supersededInOutbox(entry) {
    return !entry.body.terminate && outbox.some(function (other) {
      return other !== entry && other.body.sco === entry.body.sco;
    });
  }

  function post(body) {
    body.token = token;
    var json = JSON.stringify(body);
    if (leaving && body.sequencingState && new Blob([json]).size >= 60000) {
      // Too big to outlive the page: keep the learner's data, lose the newer engine state.
      json = JSON.stringify(Object.assign({}, body, { sequencingState: undefined }));
    }
    return fetch(launch.commitUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: json,
      credentials: 'same-origin',
      // keepalive lets a commit outlive the page (exit, closing the tab), but browsers allow
      // only 64 KB of keepalive bodies in flight; a bigger one goes as a plain request.
      keepalive: new Blob([json]).size < 60000
    }).then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.json();
    });
  }

  // The page is (or may be) going away: send everything still waiting, now, in order, with
  // keepalive. Each then carries the newest token known, not the answer to the one before.
  function flushAll() {
    var waiting = outbox.splice(inFlight ? 1 : 0);
    waiting.forEach(function (entry) {
      post(entry.body).then(function (answer) {
        if (answer.token) token = answer.token;
        entry.done('CommitSuccess');
      }, function () {
        entry.done('CommitError', undefined, 391);
      });
    });
  }

  var sentAny = false;

  function showStatus() {
    if (outbox.length > 0) sentAny = true;
    if (!sentAny) return;
    var key = failed ? 'failed' : (outbox.length > 0 ? 'saving' : 'saved');
    statusLine.textContent = statusLine.dataset[key];
    statusLine.className = 'status ' + key;
  }

  // ---- The API ----

  function settings() {
    var s = {
      lmsCommitUrl: launch.commitUrl,
      autocommit: true,
      autocommitSeconds: 5,
      dataCommitFormat: 'json',
      useAsynchronousCommits: true,
      httpService: transport,
      logLevel: 4
    };
    if (sequenced) {
      var seq = Object.assign({}, launch.sequencing);
      seq.eventListeners = {
        onActivityDelivery: function (activity) { deliver(activity.id, !!activity.deliveryWasResumed); },
        onNavigationValidityUpdate: applyValidity,
        onSequencingSessionEnd: function (data) {
          finish(data && data.reason === 'suspend_all');
        }
      };
      s.sequencing = seq;
    }
    return s;
  }

  function createApi() {
    if (is2004) {
      api = new window.Scorm2004API(settings());
      window.API_1484_11 = api;
      ['SequenceNext', 'SequencePrevious', 'SequenceChoice', 'SequenceJump', 'SequenceExit',
        'SequenceExitAll', 'SequenceAbandon', 'SequenceAbandonAll'].forEach(function (name) {
        // scorm-again calls these with the choice/jump target as the only argument.
        api.on(name, function (target) {
          navRequest = { name: name, target: target || '' };
        });
      });
      api.on('Terminate', afterTerminate);
      api.on('SetValue.cmi.exit', function (element, value) { exitSet = value; });
      if (launch.sequencingState) {
        api.deserializeSequencingState(launch.sequencingState);
        // A request saved mid-Terminate was acted on then; it must not be acted on again.
        api.adl.nav.request = '_none_';
      }
    } else {
      api = new window.Scorm12API(settings());
      window.API = api;
      api.on('LMSFinish', afterTerminate);
      api.on('LMSSetValue.cmi.core.exit', function (element, value) { exitSet = value; });
    }
  }

  // Gets the API ready for a SCO: its saved data and what the LMS provides, before Initialize.
  // `resumed` (sequenced packages): the sequencer resumed a suspended attempt, whatever the
  // SCO's own cmi.exit said; it decides, since suspendAll suspends without cmi.exit.
  function prepare(id, resumed) {
    if (api.isInitialized() || api.isTerminated()) {
      // total_time is per SCO: without resetTotalTime the last SCO's would carry over.
      api.reset(undefined, { preserveListeners: true, resetTotalTime: true });
    }
    current = id;
    exitSet = '';
    var sco = scos[id];
    var def = sco.def;
    var saved = sco.cmi ? JSON.parse(JSON.stringify(sco.cmi)) : null;
    var learner = launch.learner || {};
    if (is2004) {
      var resume = !!saved && (sequenced ? !!resumed : saved.exit === 'suspend');
      // 2004 (RTE 4.2.8): ending without "suspend" ends the learner attempt; the next one
      // starts from a fresh data model. Tracking across attempts is the sequencer's.
      if (saved && resume) {
        delete saved.session_time;
        delete saved.entry;
        delete saved.exit;
        api.loadFromJSON({ cmi: saved });
      }
      var cmi = api.cmi;
      set(cmi, 'entry', resume ? 'resume' : 'ab-initio');
      set(cmi, 'learner_id', String(learner.id || ''));
      set(cmi, 'learner_name', learner.name || '');
      set(cmi, 'credit', 'credit');
      set(cmi, 'mode', 'normal');
      if (def.scaledPassingScore != null) set(cmi, 'scaled_passing_score', String(def.scaledPassingScore));
      if (def.completionThreshold != null) set(cmi, 'completion_threshold', String(def.completionThreshold));
      if (def.dataFromLms != null) set(cmi, 'launch_data', def.dataFromLms);
      if (def.maxTimeAllowed != null) set(cmi, 'max_time_allowed', def.maxTimeAllowed);
      if (def.timeLimitAction != null) set(cmi, 'time_limit_action', def.timeLimitAction);
    } else {
      var entry = 'ab-initio';
      if (saved) {
        entry = saved.core && saved.core.exit === 'suspend' ? 'resume' : '';
        if (saved.core) {
          delete saved.core.session_time;
          delete saved.core.entry;
          delete saved.core.exit;
        }
        api.loadFromJSON({ cmi: saved });
      }
      var core = api.cmi.core;
      set(core, 'entry', entry);
      set(core, 'student_id', String(learner.id || ''));
      set(core, 'student_name', learner.name || '');
      set(core, 'credit', 'credit');
      set(core, 'lesson_mode', 'normal');
      var data = api.cmi.student_data;
      if (def.masteryScore != null) set(data, 'mastery_score', String(def.masteryScore));
      if (def.maxTimeAllowed != null) set(data, 'max_time_allowed', def.maxTimeAllowed);
      if (def.timeLimitAction != null) set(data, 'time_limit_action', def.timeLimitAction);
      if (def.dataFromLms != null) set(api.cmi, 'launch_data', def.dataFromLms);
    }
  }

  // LMS-provided elements are read-only to the SCO but writable before Initialize.
  function set(target, name, value) {
    try {
      target[name] = value;
    } catch (e) {
      console.warn('scorm player: could not set ' + name, e);
    }
  }

  function reportError(error) {
    console.error('scorm player:', error);
  }

  function running() {
    return api.isInitialized() && !api.isTerminated();
  }

  function terminateCurrent() {
    if (!running()) return;
    if (is2004) api.Terminate(''); else api.LMSFinish('');
  }

  // Runs a player-initiated change of SCO; a Terminate meanwhile (the player's, or the SCO's
  // own from its unload handler) is then not the SCO asking to move on.
  function playerAction(work) {
    if (busy) return Promise.resolve();
    busy = true;
    switching += 1;
    return Promise.resolve().then(work).catch(reportError).finally(function () {
      switching -= 1;
      busy = false;
      refreshControls();
    });
  }

  // Unloads the SCO first, so that its own unload handler (which often sets exit=suspend and
  // finishes) runs against the live API; whatever it leaves open the player then ends.
  function unloadFrame() {
    return new Promise(function (resolve) {
      if (!frame.getAttribute('src') || frame.getAttribute('src') === 'about:blank') {
        resolve();
        return;
      }
      var timer = setTimeout(resolve, 3000);
      frame.addEventListener('load', function loaded() {
        frame.removeEventListener('load', loaded);
        clearTimeout(timer);
        resolve();
      });
      frame.setAttribute('src', 'about:blank');
    });
  }

  function showSco(id) {
    frame.setAttribute('src', launch.filesBase + scos[id].def.href);
    frame.hidden = false;
    finishedPanel.hidden = true;
    refreshControls();
  }

  // ---- Without sequencing (1.2, and 2004 packages without imsss) ----

  function launchSco(id) {
    if (!scos[id]) return Promise.resolve();
    return playerAction(function () {
      return unloadFrame().then(function () {
        terminateCurrent();
        prepare(id);
        showSco(id);
      });
    });
  }

  function neighbour(step) {
    var i = order.indexOf(current) + step;
    return i >= 0 && i < order.length ? order[i] : null;
  }

  // After the SCO itself finished (not when the player ended it), deferred so scorm-again
  // has done its part (the terminating commit, navigation events) first.
  function afterTerminate() {
    if (switching) return;
    setTimeout(function () {
      if (sequenced) {
        syncSequencingState();
        refreshControls();
        return;
      }
      var request = navRequest;
      navRequest = null;
      if (is2004) {
        if (!request) {
          if (!neighbour(1)) finish(false);
          return;
        }
        switch (request.name) {
          case 'SequenceNext': if (neighbour(1)) launchSco(neighbour(1)); else finish(false); break;
          case 'SequencePrevious': if (neighbour(-1)) launchSco(neighbour(-1)); break;
          case 'SequenceChoice':
          case 'SequenceJump': launchSco(request.target); break;
          case 'SequenceExit': if (!neighbour(1)) finish(false); break;
          default: finish(false);
        }
        return;
      }
      var exit = exitSet;
      if (exit === 'suspend' || exit === 'logout' || !neighbour(1)) {
        finish(exit === 'suspend');
      } else {
        launchSco(neighbour(1));
      }
    }, 0);
  }

  // ---- With sequencing (2004 with imsss): scorm-again decides, the player delivers ----

  var validity = { continue: true, previous: true, choice: null, hide: [] };
  var delivering = Promise.resolve();

  var deliveries = 0;

  function deliver(id, resumed) {
    // Called from inside scorm-again (Terminate or a navigation request): switch afterwards.
    deliveries += 1;
    switching += 1;
    delivering = delivering.then(function () {
      return new Promise(function (resolve) { setTimeout(resolve, 0); });
    }).then(function () {
      return unloadFrame();
    }).then(function () {
      terminateCurrent();
      syncSequencingState();
      prepare(id, resumed);
      showSco(id);
    }).catch(reportError).finally(function () {
      switching -= 1;
    });
  }

  function applyValidity(update) {
    validity.continue = truthy(update.continue);
    validity.previous = truthy(update.previous);
    validity.choice = update.choice || null;
    validity.hide = update.hideLmsUi || [];
    refreshControls();
  }

  function truthy(value) {
    return value === true || value === 'true' || value === 'unknown';
  }

  // A navigation the learner asked for in the player. While the SCO is running it goes
  // through adl.nav.request and Terminate, so the SCO's data ends its attempt first.
  // A SCO that terminates itself as it unloads has its attempt ended by an exit request; when
  // that exit's post-condition rules already delivered an activity (a retry, an exitParent that
  // flows on), the sequencer has answered this request: a postcondition's sequencing request
  // replaces the learner's (SN OP.1), so asking again would skip the activity just delivered.
  function sequencedNavigate(request, target) {
    var wanted = target ? '{target=' + target + '}' + request : request;
    playerAction(function () {
      var before = deliveries;
      return unloadFrame().then(function () {
        // (By now that delivery may even have started its SCO: this request must not end it.)
        if (deliveries !== before || finished) {
          return delivering;
        }
        if (running()) {
          api.SetValue('adl.nav.request', wanted);
          api.Terminate('');
        } else {
          api.processNavigationRequest(request, target);
        }
        return delivering;
      });
    });
  }

  // Resume a suspended session, else start one. Whether resumeAll worked is what it delivered,
  // not what it returned: a resumed session must not be started over on top of it.
  function startSequencing() {
    var before = deliveries;
    try {
      api.processNavigationRequest('resumeAll');
    } catch (e) { /* nothing suspended */ }
    if (deliveries === before) {
      api.processNavigationRequest('start');
    }
  }

  // ---- Controls ----

  function refreshControls() {
    var i = order.indexOf(current);
    if (sequenced) {
      prevButton.disabled = !validity.previous || finished;
      nextButton.disabled = !validity.continue || finished;
      prevButton.hidden = validity.hide.indexOf('previous') >= 0;
      nextButton.hidden = validity.hide.indexOf('continue') >= 0;
      exitButton.hidden = validity.hide.indexOf('exitAll') >= 0 && validity.hide.indexOf('suspendAll') >= 0;
    } else {
      prevButton.disabled = finished || i <= 0;
      nextButton.disabled = finished || i < 0 || i >= order.length - 1;
    }
    Array.prototype.forEach.call(tocNav.querySelectorAll('button[data-id]'), function (button) {
      var id = button.dataset.id;
      if (id === current) button.setAttribute('aria-current', 'step');
      else button.removeAttribute('aria-current');
      if (sequenced && validity.choice) {
        button.disabled = finished || !truthy(validity.choice[id]);
      }
    });
  }

  function buildToc() {
    if (order.length < 2) return;
    var list = treeList(launch.tree.children || []);
    if (!list) return;
    tocNav.appendChild(list);
    tocNav.closest('details').hidden = false;
    tocNav.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-id]');
      if (!button || button.disabled) return;
      if (sequenced) sequencedNavigate('choice', button.dataset.id);
      else launchSco(button.dataset.id);
      tocNav.closest('details').open = false;
    });
  }

  function treeList(nodes) {
    // An item hidden from the outline (isvisible="false") hides itself, not its children.
    var visible = [];
    nodes.forEach(function (node) {
      if (node.visible !== false) visible.push(node);
      else visible.push.apply(visible, (node.children || []).filter(function (child) { return child.visible !== false; }));
    });
    if (visible.length === 0) return null;
    var ol = document.createElement('ol');
    visible.forEach(function (node) {
      var li = document.createElement('li');
      var label;
      if (node.launchable && scos[node.id]) {
        label = document.createElement('button');
        label.type = 'button';
        label.dataset.id = node.id;
      } else {
        label = document.createElement('span');
      }
      label.textContent = node.title;
      li.appendChild(label);
      var children = treeList(node.children || []);
      if (children) li.appendChild(children);
      ol.appendChild(li);
    });
    return ol;
  }

  function launchableInTreeOrder(node) {
    var ids = [];
    (function walk(n) {
      if (n.launchable && scos[n.id]) ids.push(n.id);
      (n.children || []).forEach(walk);
    })(node);
    // SCOs the tree does not name still play, after the others.
    launch.scos.forEach(function (sco) {
      if (ids.indexOf(sco.id) < 0) ids.push(sco.id);
    });
    return ids;
  }

  function finish(suspended) {
    if (finished) return;
    finished = true;
    unloadFrame().then(function () {
      terminateCurrent();
      syncSequencingState();
      showFinished(suspended);
    }).catch(reportError);
  }

  function showFinished(suspended) {
    frame.hidden = true;
    finishedPanel.querySelector('.suspended').hidden = !suspended;
    finishedPanel.querySelector('.done').hidden = suspended;
    finishedPanel.hidden = false;
    refreshControls();
    finishedPanel.querySelector('a').focus();
  }

  // The learner leaves in the middle: the SCO's place is kept (suspend) unless the SCO said
  // otherwise, and a sequenced package is suspended as a whole when sequencing allows it.
  // Set before the SCO unloads, so that its own unload handler may still say otherwise.
  function exitPlayer() {
    exitButton.disabled = true;
    switching += 1;
    if (running()) {
      if (!exitSet) {
        api[is2004 ? 'SetValue' : 'LMSSetValue'](is2004 ? 'cmi.exit' : 'cmi.core.exit', 'suspend');
      }
      if (sequenced && api.GetValue('adl.nav.request_valid.suspendAll') !== 'false') {
        api.SetValue('adl.nav.request', 'suspendAll');
      }
    } else if (sequenced && !finished) {
      try { api.processNavigationRequest('suspendAll'); } catch (e) { /* nothing to suspend */ }
    }
    unloadFrame().then(function () {
      terminateCurrent();
      syncSequencingState();
      finished = true;
      // A commit too big for keepalive would be cut off by leaving: wait for it, a while.
      return drained(4000);
    }).then(function () {
      leaving = true;
      flushAll();
      // Should the browser refuse to close or navigate, the learner still has a link.
      showFinished(true);
      if (window.opener && window.top === window) {
        window.close();
      }
      window.top.location.href = launch.exitUrl;
    }).catch(reportError);
  }

  function drained(timeoutMs) {
    return new Promise(function (resolve) {
      var until = Date.now() + timeoutMs;
      (function check() {
        if (outbox.length === 0 || Date.now() > until) resolve();
        else setTimeout(check, 100);
      })();
    });
  }

  function commitNow() {
    if (running()) {
      if (is2004) api.Commit(''); else api.LMSCommit('');
    }
    flushAll();
  }

  function start() {
    finishedPanel.querySelector('a').href = launch.exitUrl;
    var many = order.length > 1 || sequenced;
    prevButton.hidden = !many;
    nextButton.hidden = !many;
    buildToc();
    createApi();
    prevButton.addEventListener('click', function () {
      if (sequenced) sequencedNavigate('previous');
      else if (neighbour(-1)) launchSco(neighbour(-1));
    });
    nextButton.addEventListener('click', function () {
      if (sequenced) sequencedNavigate('continue');
      else if (neighbour(1)) launchSco(neighbour(1));
    });
    exitButton.addEventListener('click', exitPlayer);

    // Leaving (the tab closed, another page opened): the running SCO is ended here, suspended
    // unless it said otherwise, and a sequenced package suspended as a whole, as the exit button
    // does, and everything goes out at once with keepalive. Waiting for the SCO's own unload
    // handler would lose its last data: the page may be gone before its commit is sent. (Its
    // handler's late calls then fail quietly: the session is over.) A tab only hidden keeps its
    // SCO running.
    window.addEventListener('pagehide', function () {
      leaving = true;
      if (!finished) {
        switching += 1;
        if (running()) {
          if (!exitSet) {
            api[is2004 ? 'SetValue' : 'LMSSetValue'](is2004 ? 'cmi.exit' : 'cmi.core.exit', 'suspend');
          }
          terminateCurrent();
        }
        // Not through adl.nav.request, which scorm-again runs after this task, when the page is
        // gone: here and now (also when the SCO had terminated already), so that the suspended
        // state goes out with the last commit.
        if (sequenced) {
          try { api.processNavigationRequest('suspendAll'); } catch (e) { /* nothing to suspend */ }
          syncSequencingState();
        }
        finished = true;
      }
      flushAll();
    });
    // A phone may never fire pagehide for a tab it drops later: hidden is the last sure moment.
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'hidden') commitNow();
    });

    if (sequenced) {
      startSequencing();
    } else {
      var first = launch.start && scos[launch.start] ? launch.start : order[0];
      if (first) launchSco(first);
    }
  }

  start();
})();
