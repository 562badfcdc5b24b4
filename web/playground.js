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

  // graphql-ws connects lazily, on the first subscription, so a server
  // without WebSocket support still serves queries and mutations.
  var wsClient = window.graphqlWs.createClient({ url: wsURL.href, lazy: true });
  var fetcher = GraphiQL.createFetcher({ url: httpURL.href, wsClient: wsClient });

  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  // Writes need a key: paste {"Authorization": "Bearer <key>"} into the
  // Headers tab (make run prints it). The headers are kept in this
  // browser's storage for this server, so the key is entered once; the
  // page itself never carries a secret.
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: defaultQuery,
    defaultEditorToolsVisibility: true,
    shouldPersistHeaders: true
  }));
})();
