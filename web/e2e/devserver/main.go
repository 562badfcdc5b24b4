// Command devserver serves the web pages alone on loopback, for the
// browser check in web/e2e (playground.mjs) and for looking at the pages
// by hand. It has no GraphQL server: /query answers every request with a
// GraphQL error, which GraphiQL shows without failing to render.
//
//	go run ./web/e2e/devserver -addr 127.0.0.1:8089
package main

import (
	"flag"
	"log"
	"net/http"

	"github.com/eventgraph/eventgraph/web"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8089", "loopback address to listen on")
	flag.Parse()

	mux := http.NewServeMux()
	mux.Handle(web.PlaygroundPath+"/", http.StripPrefix(web.PlaygroundPath, web.PlaygroundHandler()))
	mux.Handle("/", web.ExplorerHandler())
	mux.HandleFunc(web.QueryPath, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"errors":[{"message":"devserver has no GraphQL server; run eventgraph serve"}]}`))
	})
	log.Printf("serving the web pages on http://%s/", *addr)
	log.Fatal(http.ListenAndServe(*addr, mux))
}
