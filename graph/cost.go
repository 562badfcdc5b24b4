package graph

import (
	"encoding/json"
	"math"

	"github.com/vektah/gqlparser/v2/ast"
)

// CostModel prices an operation from its validated document and its
// variables, before it runs: how many objects the answer may hold. The rules,
// taken from the schema rather than a hand-kept table of fields:
//
//   - every object a field returns costs 1; scalar and enum leaves cost 0
//     (they come with their object), and so do lists of them;
//   - a field with a `first` or `limit` argument (variables resolved,
//     defaults from the schema) holds that many: a list field is multiplied
//     by it, and a field that returns one object holding lists (a
//     connection, a neighbourhood) passes it to the lists directly inside
//     (`edges`, `nodes`), which are not multiplied again;
//   - any other list of objects is assumed to hold AssumedListSize items
//     (participants, sources, the hops of a path);
//   - introspection is counted too, its lists sized from this schema: the
//     number of types, and the average number of fields, arguments, enum
//     values … per type, so the full introspection query costs about the
//     size of its answer;
//   - nesting multiplies, fragments count where they are spread.
//
// Sums and products saturate at MaxCost rather than overflow.
type CostModel struct {
	schema *ast.Schema
	// introspectionSizes holds the list sizes of the introspection types'
	// list fields, by "Type.field".
	introspectionSizes map[string]int
}

// AssumedListSize is the length assumed for a list of objects that has no
// `first` or `limit` argument.
const AssumedListSize = 10

// MaxCost is where costs saturate: more than any limit can be set to.
const MaxCost = math.MaxInt32

// slicingArguments are the arguments that say how many items a list holds.
var slicingArguments = []string{"first", "limit"}

// NewCostModel prices operations against schema.
func NewCostModel(schema *ast.Schema) *CostModel {
	return &CostModel{schema: schema, introspectionSizes: introspectionSizes(schema)}
}

// Cost is the price of op with vars, the coerced variables; op must have
// passed validation (fields carry their definitions).
func (m *CostModel) Cost(op *ast.OperationDefinition, vars map[string]any) int {
	return m.selectionCost(op.SelectionSet, vars, 0)
}

// selectionCost prices a selection set; presized, when not 0, is the size
// its list fields hold (set by the field above).
func (m *CostModel) selectionCost(set ast.SelectionSet, vars map[string]any, presized int) int {
	total := 0
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			total = add(total, m.fieldCost(s, vars, presized))
		case *ast.InlineFragment:
			total = add(total, m.selectionCost(s.SelectionSet, vars, presized))
		case *ast.FragmentSpread:
			if s.Definition != nil {
				total = add(total, m.selectionCost(s.Definition.SelectionSet, vars, presized))
			}
		}
	}
	return total
}

func (m *CostModel) fieldCost(f *ast.Field, vars map[string]any, presized int) int {
	def := f.Definition
	if def == nil || m.isLeaf(def.Type) {
		return 0
	}
	sliced, hasSlice := sliceSize(f, vars)
	if def.Type.Elem == nil {
		// One object; a slicing argument sizes the lists inside it.
		inner := 0
		if hasSlice {
			inner = max(sliced, 1)
		}
		return add(1, m.selectionCost(f.SelectionSet, vars, inner))
	}
	n := presized
	switch {
	case hasSlice:
		n = sliced
	case n == 0:
		n = m.listSize(f)
	}
	return mul(n, add(1, m.selectionCost(f.SelectionSet, vars, 0)))
}

// listSize is the assumed length of a list field without a slicing
// argument.
func (m *CostModel) listSize(f *ast.Field) int {
	if f.ObjectDefinition != nil {
		if n, ok := m.introspectionSizes[f.ObjectDefinition.Name+"."+f.Name]; ok {
			return n
		}
	}
	return AssumedListSize
}

func (m *CostModel) isLeaf(t *ast.Type) bool {
	def := m.schema.Types[t.Name()]
	return def == nil || def.Kind == ast.Scalar || def.Kind == ast.Enum
}

// sliceSize reads the field's `first` or `limit`, variables resolved and
// the schema's default applied; ok is false when it has neither.
func sliceSize(f *ast.Field, vars map[string]any) (n int, ok bool) {
	for _, name := range slicingArguments {
		argDef := f.Definition.Arguments.ForName(name)
		if argDef == nil {
			continue
		}
		var v any
		if arg := f.Arguments.ForName(name); arg != nil {
			v, _ = arg.Value.Value(vars)
		} else if argDef.DefaultValue != nil {
			v, _ = argDef.DefaultValue.Value(vars)
		}
		return intValue(v), true
	}
	return 0, false
}

// intValue reads an Int argument as the parser or the variable coercion
// left it; negative and absent values count as 0 (the resolver refuses
// them).
func intValue(v any) int {
	var n int64
	switch x := v.(type) {
	case int:
		n = int64(x)
	case int32:
		n = int64(x)
	case int64:
		n = x
	case float64:
		n = int64(x)
	case json.Number:
		n, _ = x.Int64()
	}
	return int(min(max(n, 0), MaxCost))
}

func add(a, b int) int { return min(a+b, MaxCost) }

func mul(a, b int) int {
	if a == 0 || b == 0 {
		return 0
	}
	if a > MaxCost/b {
		return MaxCost
	}
	return a * b
}

// introspectionSizes sizes the introspection lists from the schema: the
// whole list where there is one (types, directives), the average per
// element of the list above otherwise (fields per type, arguments per
// field), so a query over every type costs what its answer holds.
func introspectionSizes(s *ast.Schema) map[string]int {
	var fields, inputFields, enumValues, interfaces, possible, args int
	for _, def := range s.Types {
		switch def.Kind {
		case ast.InputObject:
			inputFields += len(def.Fields)
		case ast.Enum:
			enumValues += len(def.EnumValues)
		case ast.Object, ast.Interface:
			fields += len(def.Fields)
			for _, f := range def.Fields {
				args += len(f.Arguments)
			}
		}
		interfaces += len(def.Interfaces)
		if def.IsAbstractType() {
			possible += len(s.GetPossibleTypes(def))
		}
	}
	directiveArgs := 0
	for _, d := range s.Directives {
		directiveArgs += len(d.Arguments)
	}
	types := len(s.Types)
	return map[string]int{
		"__Schema.types":       types,
		"__Schema.directives":  len(s.Directives),
		"__Type.fields":        perElement(fields, types),
		"__Type.inputFields":   perElement(inputFields, types),
		"__Type.enumValues":    perElement(enumValues, types),
		"__Type.interfaces":    perElement(interfaces, types),
		"__Type.possibleTypes": perElement(possible, types),
		"__Field.args":         perElement(args, fields),
		"__Directive.args":     perElement(directiveArgs, len(s.Directives)),
	}
}

// perElement is total/count rounded up, at least 1.
func perElement(total, count int) int {
	if count == 0 {
		return 1
	}
	return max(1, (total+count-1)/count)
}
