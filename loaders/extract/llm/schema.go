package llm

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/invopop/jsonschema"

	"github.com/eventgraph/eventgraph/domain"
)

// answerSchemaName names the schema in response_format (OpenAI requires a
// name of letters, digits, _ and -).
const answerSchemaName = "event_facts"

// answerSchema is the JSON Schema of answer, reflected from the Go types
// the answer is decoded into, so the schema the server holds the model to
// and the decoder cannot drift apart. It is in the form strict structured
// output wants (OpenAI, vLLM, llama.cpp, Ollama): every object closed
// (additionalProperties false) with every property required, no $ref, and
// no keywords outside the subset they accept. answerKeys (its top-level
// keys) and answerShape (the prompt's picture of it) come from the same
// reflection.
var (
	answerTree   = reflectAnswer()
	answerSchema = mustMarshal(answerTree)
	answerKeys   = slices.Collect(answerTree.Properties.KeysFromOldest())
	answerShape  = shapeOf(answerTree)
)

// reflectAnswer reflects the schema; it keeps the properties in the
// order of the struct fields, which is the order a grammar-constrained
// model writes them in: each fact's evidence sentence first, so what
// follows is read off a sentence the model has just copied.
func reflectAnswer() *jsonschema.Schema {
	r := &jsonschema.Reflector{
		DoNotReference:             true,
		ExpandedStruct:             true,
		AllowAdditionalProperties:  false,
		RequiredFromJSONSchemaTags: false,
		Anonymous:                  true,
	}
	s := r.Reflect(&answer{})
	s.Version, s.ID = "", "" // $schema and $id: strict servers accept neither
	return s
}

func mustMarshal(s *jsonschema.Schema) json.RawMessage {
	b, err := json.Marshal(s)
	if err != nil {
		panic(fmt.Sprintf("llm: reflect the answer schema: %v", err))
	}
	return b
}

// shapeOf renders a schema as the prompt shows it: an object's properties
// in order, each with its description or its closed vocabulary (A|B|C),
// lists in brackets, each object of the top one on a line of its own. A
// field described before (evidence, when, whenText on every fact) is
// shown as "..." after its first time, to keep the prompt short.
func shapeOf(s *jsonschema.Schema) string {
	var b strings.Builder
	b.WriteString("{")
	seen := map[string]bool{}
	for p := s.Properties.Oldest(); p != nil; p = p.Next() {
		if p != s.Properties.Oldest() {
			b.WriteString(",")
		}
		b.WriteString("\n  \"" + p.Key + "\": " + shapeOfValue(p.Value, seen))
	}
	b.WriteString("\n}")
	return b.String()
}

func shapeOfValue(s *jsonschema.Schema, seen map[string]bool) string {
	quoted := func(desc string) string {
		if seen[desc] {
			return `"..."`
		}
		return `"` + desc + `"`
	}
	switch {
	case s.Type == "array" && s.Items != nil && s.Items.Type == "object":
		return "[" + shapeOfValue(s.Items, seen) + "]"
	case s.Type == "array":
		return "[" + quoted(s.Description) + "]"
	case len(s.Enum) > 0:
		vals := make([]string, len(s.Enum))
		for i, v := range s.Enum {
			vals[i] = fmt.Sprint(v)
		}
		return `"` + strings.Join(vals, "|") + `"`
	case s.Type != "object":
		return quoted(s.Description)
	}
	var fields []string
	for p := s.Properties.Oldest(); p != nil; p = p.Next() {
		v := shapeOfValue(p.Value, seen)
		if d := p.Value.Description; len(d) > 20 { // a long description once; "actor name" and "date" stay
			seen[d] = true
		}
		fields = append(fields, `"`+p.Key+`": `+v)
	}
	return "{" + strings.Join(fields, ", ") + "}"
}

// JSONSchemaExtend gives the kind of fact fields their closed vocabularies,
// so a grammar-constrained server cannot write a kind we would drop.
func (answerActor) JSONSchemaExtend(s *jsonschema.Schema) {
	setEnum(s, "kind", string(domain.KindPerson), string(domain.KindOrganization), string(domain.KindCountry), string(domain.KindGroup))
}

// JSONSchemaExtend lists domain.InteractionScale's kinds, sorted so the
// schema and the prompt (and so the cache) do not depend on map order.
func (answerInteraction) JSONSchemaExtend(s *jsonschema.Schema) {
	kinds := make([]string, 0, len(domain.InteractionScale))
	for k := range domain.InteractionScale {
		kinds = append(kinds, string(k))
	}
	slices.Sort(kinds)
	setEnum(s, "kind", kinds...)
}

func (answerPolicyShift) JSONSchemaExtend(s *jsonschema.Schema) {
	setEnum(s, "direction", "HARDENED", "SOFTENED", "REVERSED")
}

func (answerOtherEvent) JSONSchemaExtend(s *jsonschema.Schema) {
	setEnum(s, "type", string(domain.TypeElection), string(domain.TypeOther))
}

func setEnum(s *jsonschema.Schema, prop string, values ...string) {
	p, ok := s.Properties.Get(prop)
	if !ok {
		panic(fmt.Sprintf("llm: the answer schema has no property %q", prop))
	}
	p.Enum = make([]any, len(values))
	for i, v := range values {
		p.Enum[i] = v
	}
}

// fullLists names the top-level lists of an answer that hold as many
// distinct items as the schema's maxItems allows: the passage may report
// more facts of that kind than the answer could carry. A list filled by one
// item repeated (the way a small model loops under a grammar) is not
// named: the cap cut a loop short, not facts. content is an answer that
// decoded.
func fullLists(content string) []string {
	var top map[string][]json.RawMessage
	if json.Unmarshal([]byte(jsonObject(content)), &top) != nil {
		return nil
	}
	var full []string
	for p := answerTree.Properties.Oldest(); p != nil; p = p.Next() {
		if p.Value.MaxItems == nil || *p.Value.MaxItems == 0 {
			continue
		}
		distinct := map[string]bool{}
		for _, item := range top[p.Key] {
			distinct[string(compactJSON(item))] = true
		}
		if uint64(len(distinct)) >= *p.Value.MaxItems {
			full = append(full, fmt.Sprintf("%s (%d)", p.Key, *p.Value.MaxItems))
		}
	}
	return full
}

func compactJSON(raw json.RawMessage) []byte {
	var b bytes.Buffer
	if json.Compact(&b, raw) != nil {
		return raw
	}
	return b.Bytes()
}
