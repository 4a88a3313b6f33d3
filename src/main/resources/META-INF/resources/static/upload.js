// Resumable uploads (tus 1.0) with a progress bar, for slow and unreliable links. A dropped
// connection is retried from the offset the server has; a page reload resumes the same file.
// When the upload is complete, the form is submitted with the upload's id. Elements with
// data-poll-upload reload the page once their upload has been checked (ready or rejected).
(function () {
  'use strict';
  var CHUNK = 1024 * 1024;

  function b64(text) {
    return btoa(unescape(encodeURIComponent(text)));
  }

  function request(method, url, headers, body, onProgress) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open(method, url);
      Object.keys(headers).forEach(function (name) { xhr.setRequestHeader(name, headers[name]); });
      // The server's error details (shown below the bar) in the page's language, not the browser's.
      if (document.documentElement.lang) {
        xhr.setRequestHeader('Accept-Language', document.documentElement.lang);
      }
      if (onProgress && xhr.upload) {
        xhr.upload.onprogress = function (event) { onProgress(event.loaded); };
      }
      xhr.onload = function () { resolve(xhr); };
      xhr.onerror = function () { reject(new Error('network')); };
      xhr.ontimeout = function () { reject(new Error('timeout')); };
      xhr.send(body || null);
    });
  }

  function sleep(ms) {
    return new Promise(function (resolve) { setTimeout(resolve, ms); });
  }

  function kindOf(form, file) {
    var kind = form.getAttribute('data-upload-kind');
    if (kind === 'lesson') {
      return file.type && file.type.indexOf('image/') === 0 ? 'image' : 'file';
    }
    return kind;
  }

  async function upload(form, file, show) {
    var csrf = form.getAttribute('data-csrf');
    var base = { 'Tus-Resumable': '1.0.0', 'X-CSRF-Token': csrf };
    var key = 'surgalt-tus:' + kindOf(form, file) + ':' + file.name + ':' + file.size + ':' + file.lastModified;
    var location = localStorage.getItem(key);
    var offset = 0;
    if (location) {
      var head = await request('HEAD', location, base).catch(function () { return null; });
      if (head && head.status === 200) {
        offset = parseInt(head.getResponseHeader('Upload-Offset'), 10) || 0;
      } else {
        location = null;
      }
    }
    if (!location) {
      var created = await request('POST', '/api/uploads', Object.assign({
        'Upload-Length': String(file.size),
        'Upload-Metadata': 'filename ' + b64(file.name) + ',filetype ' + b64(file.type || '')
          + ',kind ' + b64(kindOf(form, file))
      }, base));
      if (created.status !== 201) {
        throw new Error(problem(created));
      }
      location = created.getResponseHeader('Location');
      localStorage.setItem(key, location);
    }
    var failures = 0;
    while (offset < file.size) {
      show(offset);
      try {
        var end = Math.min(offset + CHUNK, file.size);
        var start = offset;
        var patched = await request('PATCH', location, Object.assign({
          'Upload-Offset': String(offset),
          'Content-Type': 'application/offset+octet-stream'
        }, base), file.slice(offset, end), function (loaded) { show(start + loaded); });
        if (patched.status === 204) {
          offset = parseInt(patched.getResponseHeader('Upload-Offset'), 10);
          failures = 0;
        } else if (patched.status === 409) {
          var again = await request('HEAD', location, base);
          offset = parseInt(again.getResponseHeader('Upload-Offset'), 10) || 0;
        } else {
          throw new Error(problem(patched));
        }
      } catch (error) {
        if (error.message !== 'network' && error.message !== 'timeout') {
          throw error;
        }
        failures += 1;
        show(offset, true);
        await sleep(Math.min(30000, 1000 * Math.pow(2, failures)));
        var resumed = await request('HEAD', location, base).catch(function () { return null; });
        if (resumed && resumed.status === 200) {
          offset = parseInt(resumed.getResponseHeader('Upload-Offset'), 10) || offset;
        }
      }
    }
    localStorage.removeItem(key);
    return location.substring(location.lastIndexOf('/') + 1);
  }

  function problem(xhr) {
    try {
      return JSON.parse(xhr.responseText).detail || ('HTTP ' + xhr.status);
    } catch (e) {
      return 'HTTP ' + xhr.status;
    }
  }

  document.querySelectorAll('form.uploader').forEach(function (form) {
    // Hidden in the page where a plain form stands in for it without script (see <noscript>).
    form.hidden = false;
    var input = form.querySelector('.upload-file');
    var bar = form.querySelector('.upload-progress');
    var status = form.querySelector('.upload-status');
    var hidden = form.querySelector('input[name=upload]');
    form.addEventListener('submit', function (event) {
      if (hidden.value) {
        return;
      }
      event.preventDefault();
      var file = input.files && input.files[0];
      if (!file) {
        status.textContent = form.getAttribute('data-msg-choose');
        return;
      }
      var button = form.querySelector('button[type=submit]');
      button.disabled = true;
      bar.hidden = false;
      var show = function (sent, retrying) {
        var percent = file.size === 0 ? 100 : Math.floor(sent * 100 / file.size);
        bar.value = percent;
        status.textContent = retrying ? form.getAttribute('data-msg-retrying')
          : form.getAttribute('data-msg-sending').replace('#', String(percent));
      };
      upload(form, file, show).then(function (id) {
        bar.value = 100;
        status.textContent = form.getAttribute('data-msg-queued');
        hidden.value = id;
        form.submit();
      }).catch(function (error) {
        button.disabled = false;
        status.textContent = error.message;
      });
    });
  });

  document.querySelectorAll('[data-poll-upload]').forEach(function (element) {
    var id = element.getAttribute('data-poll-upload');
    var poll = function () {
      fetch('/api/uploads/' + encodeURIComponent(id), { headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (upload) {
          if (upload && (upload.processing === 'READY' || upload.processing === 'REJECTED'
              || upload.status === 'EXPIRED')) {
            window.location.reload();
          } else {
            setTimeout(poll, 3000);
          }
        })
        .catch(function () { setTimeout(poll, 10000); });
    };
    setTimeout(poll, 2000);
  });
}());
