// The key bar of the playground and the explorer: a user pastes an API key
// or a JWT, and the pages send it as the Authorization header (Bearer), and
// in connection_init for subscriptions. It is kept in sessionStorage only:
// this tab's, gone when the tab closes, never in localStorage, a cookie or
// the page itself. Used by the pages through window.eventgraphCredentials:
//   authorization()  the header's value, '' when no key is set
//   onChange(f)      f(value) after the key is set or forgotten
// The page holds a form#credentials with input#credential,
// button#forget-credential and #credential-status; the script tag's
// data-endpoint is the GraphQL endpoint the key is checked against.
(function () {
  'use strict';

  var storageKey = 'eventgraph.authorization';
  var script = document.currentScript;
  var endpoint = (script && script.dataset.endpoint) || '/query';
  var listeners = [];

  function authorization() {
    try {
      return window.sessionStorage.getItem(storageKey) || '';
    } catch (e) { // storage switched off: no key survives a reload
      return '';
    }
  }

  function store(value) {
    try {
      if (value) {
        window.sessionStorage.setItem(storageKey, value);
      } else {
        window.sessionStorage.removeItem(storageKey);
      }
    } catch (e) { /* see authorization */ }
    listeners.forEach(function (f) { f(value); });
  }

  // A bare key or token gets the Bearer scheme; one pasted with it keeps it.
  function headerValue(text) {
    var credential = text.trim().replace(/^bearer\s+/i, '');
    return credential ? 'Bearer ' + credential : '';
  }

  // check asks the server whether it takes the key: an unknown key, or a
  // token expired or badly signed, is refused on every request.
  function check(status) {
    var value = authorization();
    if (!value) {
      status.textContent = 'No key: reads only, if the server allows them.';
      return;
    }
    status.textContent = 'Checking the key…';
    window.fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Authorization': value },
      body: JSON.stringify({ query: '{ __typename }' })
    }).then(function (res) {
      return res.json().then(function (body) {
        var refusal = body.errors && body.errors[0] && body.errors[0].message;
        if (res.ok && !refusal) {
          status.textContent = 'Key in use: sent with every request from this tab.';
        } else if (res.status === 401) { // the server does not take it at all
          store('');
          status.textContent = 'Key refused, not kept: ' + (refusal || 'HTTP 401');
        } else {
          status.textContent = 'Key not checked: ' + (refusal || 'HTTP ' + res.status);
        }
      });
    }).catch(function (err) {
      status.textContent = 'Could not check the key: ' + err.message;
    });
  }

  function wire() {
    var form = document.getElementById('credentials');
    if (!form) {
      return;
    }
    var input = document.getElementById('credential');
    var status = document.getElementById('credential-status');
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      store(headerValue(input.value));
      input.value = '';
      check(status);
    });
    document.getElementById('forget-credential').addEventListener('click', function () {
      input.value = '';
      store('');
      check(status);
    });
    check(status);
  }

  window.eventgraphCredentials = {
    authorization: authorization,
    onChange: function (f) { listeners.push(f); }
  };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', wire);
  } else {
    wire();
  }
})();
