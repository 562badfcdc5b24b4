package bench

import (
	"encoding/json"
	"net/http"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
)

// FloorServer serves the timeline page the way the thinnest possible
// server would: the floor's hand-written Cypher, its records written as the
// JSON our server answers the page with, over the same HTTP, and no
// GraphQL. Measured beside our server and the bare driver, it splits our
// distance from the floor into what any HTTP JSON server pays on this
// machine and what the GraphQL layer adds.
type FloorServer struct {
	Driver neo4j.DriverWithContext
}

type floorActor struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

type floorSource struct {
	Sentence string `json:"sentence"`
	Article  struct {
		Title string `json:"title"`
	} `json:"article"`
}

type floorNode struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	When  struct {
		Start     string `json:"start"`
		Precision string `json:"precision"`
	} `json:"when"`
	Participants []floorActor  `json:"participants"`
	Sources      []floorSource `json:"sources"`
}

// ServeHTTP answers a POST whose variables name the actor ({"id": …}),
// whatever its query says.
func (f FloorServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Variables struct {
			ID string `json:"id"`
		} `json:"variables"`
	}
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&body); err != nil || body.Variables.ID == "" {
		http.Error(w, `want a JSON body with variables {"id": actor}`, http.StatusBadRequest)
		return
	}
	res, err := neo4j.ExecuteQuery(r.Context(), f.Driver, CypherTimelinePage, map[string]any{"id": body.Variables.ID, "first": 50},
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		http.Error(w, "the page's query failed", http.StatusInternalServerError)
		return
	}
	type edge struct {
		Node floorNode `json:"node"`
	}
	edges := make([]edge, len(res.Records))
	for i, rec := range res.Records {
		n := &edges[i].Node
		n.ID, _ = rec.Values[0].(string)
		n.Title, _ = rec.Values[1].(string)
		n.When.Start = dateString(rec.Values[2])
		n.When.Precision, _ = rec.Values[3].(string)
		for _, p := range asList(rec.Values[4]) {
			m, _ := p.(map[string]any)
			a := floorActor{}
			a.ID, _ = m["id"].(string)
			a.Name, _ = m["name"].(string)
			n.Participants = append(n.Participants, a)
		}
		for _, s := range asList(rec.Values[5]) {
			m, _ := s.(map[string]any)
			var src floorSource
			src.Sentence, _ = m["sentence"].(string)
			src.Article.Title, _ = m["title"].(string)
			n.Sources = append(n.Sources, src)
		}
	}
	var out struct {
		Data struct {
			Actor struct {
				Timeline struct {
					Edges []edge `json:"edges"`
				} `json:"timeline"`
			} `json:"actor"`
		} `json:"data"`
	}
	out.Data.Actor.Timeline.Edges = edges
	w.Header().Set("Content-Type", "application/graphql-response+json")
	_ = json.NewEncoder(w).Encode(out)
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

// dateString writes a stored start as the DateTime scalar does (RFC 3339
// in UTC).
func dateString(v any) string {
	switch t := v.(type) {
	case time.Time:
		return t.UTC().Format(time.RFC3339)
	case dbtype.Date:
		return time.Time(t).Format(time.RFC3339)
	case dbtype.LocalDateTime:
		return time.Time(t).Format(time.RFC3339)
	case string:
		return t
	}
	return ""
}
