package server

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/lexer"
	"github.com/vektah/gqlparser/v2/parser"
)

// documentGuard checks a document's shape before gqlgen parses and
// validates it: gqlparser's validation is itself the first thing an
// attacker can make expensive. Its rules walk every fragment where it is
// spread (a chain of fragments each spreading the previous one twice is a
// 2^n walk from a kilobyte) and compare the fields of one response name
// pairwise (2,000 conflicting fields gave 2 million errors, 465 MB). So,
// before validation, the guard counts the document's tokens, then parses
// it and counts, with every fragment expanded once and remembered, the
// fields it selects, how deep they nest, its aliases, and how often one
// response name is selected at one place: each bounded by Limits. A
// document already in the query cache passed the guard and is not checked
// again.
type documentGuard struct {
	lim   Limits
	cache graphql.Cache[*ast.QueryDocument]
}

var _ interface {
	graphql.OperationParameterMutator
	graphql.HandlerExtension
} = documentGuard{}

func (documentGuard) ExtensionName() string                   { return "DocumentGuard" }
func (documentGuard) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationParameters refuses a document over a limit; a document
// that does not parse is left to gqlgen, which reports where.
func (g documentGuard) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	if p.Query == "" {
		return nil
	}
	if _, ok := g.cache.Get(ctx, p.Query); ok {
		return nil
	}
	if n := countTokens(p.Query, g.lim.MaxTokens); n > g.lim.MaxTokens {
		return tooComplex("tokens", 0, g.lim.MaxTokens,
			"the document has more than %d tokens (names, punctuation, values)", g.lim.MaxTokens)
	}
	doc, err := parser.ParseQuery(&ast.Source{Input: p.Query})
	if err != nil {
		return nil
	}
	return newShapeCheck(doc, g.lim).check()
}

// countTokens counts the document's tokens up to one past limit.
func countTokens(query string, limit int) int {
	lx := lexer.New(&ast.Source{Input: query})
	n := 0
	for n <= limit {
		tok, err := lx.ReadToken()
		if err != nil || tok.Kind == lexer.EOF {
			break
		}
		n++
	}
	return n
}

// saturation keeps expanded counts from overflowing: far above any limit.
const saturation = 1 << 40

// shapeCheck measures one parsed document.
type shapeCheck struct {
	doc   *ast.QueryDocument
	lim   Limits
	frags map[string]*ast.FragmentDefinition
	// Per fragment, once: its expanded field count, aliases and depth.
	measured map[string]measure
	// visiting marks the fragments being measured, to cut cycles (which
	// validation reports).
	visiting map[string]bool
	// walked counts the fields the repeat check visited, bounding it.
	walked int
}

type measure struct{ fields, aliases, depth int }

func newShapeCheck(doc *ast.QueryDocument, lim Limits) *shapeCheck {
	c := &shapeCheck{doc: doc, lim: lim, frags: map[string]*ast.FragmentDefinition{},
		measured: map[string]measure{}, visiting: map[string]bool{}}
	for _, f := range doc.Fragments {
		c.frags[f.Name] = f
	}
	return c
}

// check measures every operation and fragment (validation walks fragments
// on their own too, used or not).
func (c *shapeCheck) check() *gqlerror.Error {
	for _, op := range c.doc.Operations {
		if err := c.checkMeasure(c.measureSet(op.SelectionSet)); err != nil {
			return err
		}
	}
	for _, f := range c.doc.Fragments {
		if err := c.checkMeasure(c.measureFragment(f.Name)); err != nil {
			return err
		}
	}
	spread := c.spreadFragments()
	for _, op := range c.doc.Operations {
		if err := c.checkRepeats([]ast.SelectionSet{op.SelectionSet}); err != nil {
			return err
		}
	}
	for _, f := range c.doc.Fragments {
		if !spread[f.Name] {
			if err := c.checkRepeats([]ast.SelectionSet{f.SelectionSet}); err != nil {
				return err
			}
		}
	}
	return nil
}

func (c *shapeCheck) checkMeasure(m measure) *gqlerror.Error {
	switch {
	case m.fields > c.lim.MaxFields:
		return tooComplex("fields", min(m.fields, saturation), c.lim.MaxFields,
			"the document selects %d fields once its fragments are expanded; at most %d are allowed", m.fields, c.lim.MaxFields)
	case m.depth > c.lim.MaxDepth:
		return tooComplex("depth", m.depth, c.lim.MaxDepth,
			"fields nest %d deep; at most %d are allowed", m.depth, c.lim.MaxDepth)
	case m.aliases > c.lim.MaxAliases:
		return tooComplex("aliases", m.aliases, c.lim.MaxAliases,
			"the document has %d aliased fields; at most %d are allowed", m.aliases, c.lim.MaxAliases)
	}
	return nil
}

// measureSet counts a selection set's fields and aliases with fragments
// expanded, and its depth. Introspection (__schema, __type) counts as one
// field of depth one: gqlparser bounds its nesting, and the cost counts it.
func (c *shapeCheck) measureSet(set ast.SelectionSet) measure {
	var m measure
	for _, sel := range set {
		var sub measure
		switch s := sel.(type) {
		case *ast.Field:
			if s.Name == "__schema" || s.Name == "__type" {
				sub = measure{fields: 1, depth: 1}
				break
			}
			sub = c.measureSet(s.SelectionSet)
			sub.fields++
			sub.depth++
			if s.Alias != "" && s.Alias != s.Name {
				sub.aliases++
			}
		case *ast.InlineFragment:
			sub = c.measureSet(s.SelectionSet)
		case *ast.FragmentSpread:
			sub = c.measureFragment(s.Name)
		}
		m.fields = min(m.fields+sub.fields, saturation)
		m.aliases = min(m.aliases+sub.aliases, saturation)
		m.depth = max(m.depth, sub.depth)
	}
	return m
}

func (c *shapeCheck) measureFragment(name string) measure {
	if m, ok := c.measured[name]; ok {
		return m
	}
	f := c.frags[name]
	if f == nil || c.visiting[name] {
		return measure{}
	}
	c.visiting[name] = true
	m := c.measureSet(f.SelectionSet)
	delete(c.visiting, name)
	c.measured[name] = m
	return m
}

// spreadFragments are the fragments some other fragment spreads: their
// repeats are checked where they are spread.
func (c *shapeCheck) spreadFragments() map[string]bool {
	spread := map[string]bool{}
	var walk func(ast.SelectionSet)
	walk = func(set ast.SelectionSet) {
		for _, sel := range set {
			switch s := sel.(type) {
			case *ast.Field:
				walk(s.SelectionSet)
			case *ast.InlineFragment:
				walk(s.SelectionSet)
			case *ast.FragmentSpread:
				spread[s.Name] = true
			}
		}
	}
	for _, f := range c.doc.Fragments {
		walk(f.SelectionSet)
	}
	return spread
}

// checkRepeats merges the selection sets that answer one place of the
// response, as validation does, and bounds how many fields share each
// response name there; then it does the same one level down. The fields
// were counted already, so the walk is bounded; walked bounds it across
// roots.
func (c *shapeCheck) checkRepeats(sets []ast.SelectionSet) *gqlerror.Error {
	groups := map[string][]*ast.Field{}
	var order []string
	var collect func(ast.SelectionSet)
	collect = func(set ast.SelectionSet) {
		for _, sel := range set {
			switch s := sel.(type) {
			case *ast.Field:
				if _, seen := groups[s.Alias]; !seen {
					order = append(order, s.Alias)
				}
				groups[s.Alias] = append(groups[s.Alias], s)
				c.walked++
			case *ast.InlineFragment:
				collect(s.SelectionSet)
			case *ast.FragmentSpread:
				if f := c.frags[s.Name]; f != nil && !c.visiting[s.Name] {
					c.visiting[s.Name] = true
					collect(f.SelectionSet)
					delete(c.visiting, s.Name)
				}
			}
		}
	}
	for _, set := range sets {
		collect(set)
	}
	if c.walked > 4*c.lim.MaxFields {
		return tooComplex("fields", c.walked, c.lim.MaxFields,
			"the document's fragments and operations select more than %d fields together", 4*c.lim.MaxFields)
	}
	for _, name := range order {
		fields := groups[name]
		if len(fields) > c.lim.MaxRepeats {
			return tooComplex("repeats", len(fields), c.lim.MaxRepeats,
				"%q is selected %d times in one place; at most %d are allowed", excerptWord(name), len(fields), c.lim.MaxRepeats)
		}
		subs := make([]ast.SelectionSet, 0, len(fields))
		for _, f := range fields {
			if len(f.SelectionSet) > 0 {
				subs = append(subs, f.SelectionSet)
			}
		}
		if len(subs) > 0 {
			if err := c.checkRepeats(subs); err != nil {
				return err
			}
		}
	}
	return nil
}
