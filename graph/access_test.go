package graph

import (
	"testing"

	"github.com/eventgraph/eventgraph/auth"
)

// TestEveryMutationDeclaresItsRole fails when a Mutation field lacks
// @requires: a new write must say who may make it, and none may be open to
// readers or anonymous callers.
func TestEveryMutationDeclaresItsRole(t *testing.T) {
	schema := NewExecutableSchema(Config{}).Schema()
	if schema.Mutation == nil || len(schema.Mutation.Fields) == 0 {
		t.Fatal("the schema has no mutations; the test proves nothing")
	}
	for _, f := range schema.Mutation.Fields {
		if f.Directives.ForName("requires") == nil {
			t.Errorf("Mutation.%s has no @requires(role: …)", f.Name)
			continue
		}
		if r := RequiredRole(f); r < auth.RoleWriter || r > auth.RoleAdmin {
			t.Errorf("Mutation.%s requires %v; a write needs WRITER, EDITOR or ADMIN", f.Name, r)
		}
	}
	// The roles the issue names for the writes that exist.
	for name, want := range map[string]auth.Role{"ingestArticle": auth.RoleWriter, "upsertActor": auth.RoleWriter,
		"recordMeeting": auth.RoleWriter, "retractArticle": auth.RoleAdmin} {
		if got := RequiredRole(schema.Mutation.Fields.ForName(name)); got != want {
			t.Errorf("Mutation.%s requires %v, want %v", name, got, want)
		}
	}
}

// TestSchemaRolesAreAuthRoles keeps the AccessRole enum and auth's roles
// the same list: a role in the schema that auth cannot parse would lock
// its fields for everyone.
func TestSchemaRolesAreAuthRoles(t *testing.T) {
	enum := NewExecutableSchema(Config{}).Schema().Types["AccessRole"]
	if enum == nil {
		t.Fatal("no AccessRole enum in the schema")
	}
	for _, v := range enum.EnumValues {
		if _, err := auth.ParseRole(v.Name); err != nil {
			t.Errorf("AccessRole.%s: %v", v.Name, err)
		}
	}
	if len(enum.EnumValues) != int(auth.RoleAdmin) {
		t.Errorf("AccessRole has %d values, auth %d roles", len(enum.EnumValues), int(auth.RoleAdmin))
	}
}
