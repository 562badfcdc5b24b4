package graph

import (
	"sort"
	"strings"
	"testing"
)

// TestEverySchemaElementIsDescribed fails when a type, field, argument,
// input field, enum value or directive of schema.graphqls has no
// description: GraphiQL's docs are the API reference, and a name alone
// does not say its units, bounds or when it is null.
func TestEverySchemaElementIsDescribed(t *testing.T) {
	var missing []string
	for _, def := range NewExecutableSchema(Config{}).Schema().Types {
		if def.BuiltIn {
			continue
		}
		if blank(def.Description) {
			missing = append(missing, def.Name)
		}
		for _, f := range def.Fields {
			if strings.HasPrefix(f.Name, "__") {
				continue // introspection's own __schema, __type, __typename
			}
			if blank(f.Description) {
				missing = append(missing, def.Name+"."+f.Name)
			}
			for _, a := range f.Arguments {
				if blank(a.Description) {
					missing = append(missing, def.Name+"."+f.Name+"("+a.Name+")")
				}
			}
		}
		for _, v := range def.EnumValues {
			if blank(v.Description) {
				missing = append(missing, def.Name+"."+v.Name)
			}
		}
	}
	for _, d := range NewExecutableSchema(Config{}).Schema().Directives {
		if d.Position == nil || d.Position.Src.BuiltIn {
			continue
		}
		if blank(d.Description) {
			missing = append(missing, "@"+d.Name)
		}
		for _, a := range d.Arguments {
			if blank(a.Description) {
				missing = append(missing, "@"+d.Name+"("+a.Name+")")
			}
		}
	}
	sort.Strings(missing)
	for _, m := range missing {
		t.Errorf("schema.graphqls: %s has no description", m)
	}
	if len(missing) > 0 {
		t.Logf("%d undescribed", len(missing))
	}
}

func blank(s string) bool { return strings.TrimSpace(s) == "" }
