// Starts GraphiQL against this server's GraphQL endpoint. It lives in its
// own file, not inline, so the page's Content-Security-Policy can forbid
// inline scripts. The endpoint path comes from the script tag's
// data-endpoint; queries go over HTTP to it and subscriptions over a
// WebSocket (graphql-transport-ws) to the same path.
(function () {
  'use strict';

  var defaultQuery = [
    '# An actor, their first events and each event\'s sources.',
    '{',
    '  actors(filter: {name: "Rubio"}, first: 1) {',
    '    edges {',
    '      node {',
    '        name',
    '        timeline(first: 10) {',
    '          edges {',
    '            node {',
    '              __typename',
    '              when { start precision }',
    '              ... on Meeting { participants { name } place { name } }',
    '              sources { article { title publishedAt } }',
    '            }',
    '          }',
    '        }',
    '      }',
    '    }',
    '  }',
    '}',
    ''
  ].join('\n');

  var script = document.currentScript;
  var endpoint = (script && script.dataset.endpoint) || '/query';
  var httpURL = new URL(endpoint, window.location.href);
  var wsURL = new URL(endpoint, window.location.href);
  wsURL.protocol = httpURL.protocol === 'https:' ? 'wss:' : 'ws:';

  // The key from the bar above the editor (credentials.js): every HTTP
  // request carries it as its Authorization header, unless the Headers tab
  // sets one; a subscription carries it in connection_init, as browsers
  // cannot set headers on a WebSocket.
  var credentials = window.eventgraphCredentials;
  function fetchWithKey(input, init) {
    init = Object.assign({}, init);
    var headers = new Headers(init.headers || {});
    var key = credentials.authorization();
    if (key && !headers.has('Authorization')) {
      headers.set('Authorization', key);
    }
    init.headers = headers;
    return window.fetch(input, init);
  }

  // graphql-ws connects lazily, on the first subscription, so a server
  // without WebSocket support still serves queries and mutations.
  var wsClient = window.graphqlWs.createClient({
    url: wsURL.href,
    lazy: true,
    connectionParams: function () {
      var key = credentials.authorization();
      return key ? { Authorization: key } : {};
    }
  });
  // A connection is authenticated once, when it opens: a new key needs a
  // new one (the next subscription opens it).
  credentials.onChange(function () { wsClient.terminate(); });
  var fetcher = GraphiQL.createFetcher({ url: httpURL.href, wsClient: wsClient, fetch: fetchWithKey });

  // Headers typed into the Headers tab stay in this page: an Authorization
  // there must not be saved to localStorage, where it would outlive the
  // tab. Older versions of this page did save them.
  try {
    window.localStorage.removeItem('graphiql:headers');
  } catch (e) { /* storage switched off */ }
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: defaultQuery,
    defaultEditorToolsVisibility: true,
    shouldPersistHeaders: false
  }));
})();
