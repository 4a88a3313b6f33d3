// Counts a lesson video as watched once the learner has seen the required share of it
// (data-required, 0 to 1): the share is the length of the parts actually played (the video's
// "played" ranges, so skipping ahead does not count) over the whole length. It is posted once,
// to data-report, when it reaches the required share. With this script running, the page's
// "Mark as watched" button (the way for browsers without script) is hidden, and shown again if
// the video cannot be played here or the report fails, so that nobody is stuck.
(function () {
  'use strict';

  function playedShare(video) {
    var duration = video.duration;
    if (!duration || !isFinite(duration)) {
      return 0;
    }
    var seen = 0;
    for (var i = 0; i < video.played.length; i++) {
      seen += video.played.end(i) - video.played.start(i);
    }
    return Math.min(1, seen / duration);
  }

  function track(figure) {
    var video = figure.querySelector('video');
    var fallback = document.querySelector('[data-watch-fallback]');
    var status = document.querySelector('[data-watch-status]');
    var required = parseFloat(figure.getAttribute('data-required'));
    if (!video || figure.getAttribute('data-learner') !== 'true' || !fallback || isNaN(required)) {
      return; // not a learner, or already watched: nothing to report
    }
    fallback.hidden = true;
    var done = false;
    var sending = false;

    function showFallback() {
      fallback.hidden = false;
    }

    function report() {
      var share = playedShare(video);
      if (done || sending || share < required) {
        return;
      }
      sending = true;
      fetch(figure.getAttribute('data-report'), {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
        body: JSON.stringify({ share: share })
      }).then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      }).then(function (result) {
        if (result.complete) {
          done = true;
          if (status) {
            status.textContent = figure.getAttribute('data-done-text');
          }
        }
      }).catch(showFallback).then(function () {
        sending = false;
      });
    }

    video.addEventListener('timeupdate', report);
    video.addEventListener('pause', report);
    video.addEventListener('ended', report);
    video.addEventListener('error', showFallback);
    if (video.error) {
      showFallback();
    }
  }

  document.querySelectorAll('[data-video-progress]').forEach(track);
})();
