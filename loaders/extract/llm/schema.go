package llm

import (
	"encoding/json"
	"fmt"
	"slices"

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
// no keywords outside the subset they accept.
var answerSchema = mustAnswerSchema()

// mustAnswerSchema reflects the schema; it keeps the properties in the
// order of the struct fields, which is the order a grammar-constrained
// model writes them in: each fact's evidence sentence first, so what
// follows is read off a sentence the model has just copied.
func mustAnswerSchema() json.RawMessage {
	r := &jsonschema.Reflector{
		DoNotReference:             true,
		ExpandedStruct:             true,
		AllowAdditionalProperties:  false,
		RequiredFromJSONSchemaTags: false,
		Anonymous:                  true,
	}
	s := r.Reflect(&answer{})
	s.Version, s.ID = "", "" // $schema and $id: strict servers accept neither
	b, err := json.Marshal(s)
	if err != nil {
		panic(fmt.Sprintf("llm: reflect the answer schema: %v", err))
	}
	return b
}

// JSONSchemaExtend gives the kind of fact fields their closed vocabularies,
// so a grammar-constrained server cannot write a kind we would drop.
func (answerActor) JSONSchemaExtend(s *jsonschema.Schema) {
	setEnum(s, "kind", string(domain.KindPerson), string(domain.KindOrganization), string(domain.KindCountry), string(domain.KindGroup))
}

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
