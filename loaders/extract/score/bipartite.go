package score

// matching pairs expected entries with extracted facts so that each is
// used at most once and as many pairs as possible are made (Kuhn's
// augmenting paths; the lists are a few dozen long). ok(e, g) says whether
// expected e may pair with extracted g. The result maps expected index to
// extracted index, -1 when unpaired.
func matching(nExp, nGot int, ok func(e, g int) bool, gotTaken []bool) []int {
	adj := make([][]int, nExp)
	for e := range nExp {
		for g := range nGot {
			if !gotTaken[g] && ok(e, g) {
				adj[e] = append(adj[e], g)
			}
		}
	}
	owner := make([]int, nGot) // extracted → expected, -1 free
	for g := range owner {
		owner[g] = -1
	}
	var try func(e int, seen []bool) bool
	try = func(e int, seen []bool) bool {
		for _, g := range adj[e] {
			if seen[g] {
				continue
			}
			seen[g] = true
			if owner[g] < 0 || try(owner[g], seen) {
				owner[g] = e
				return true
			}
		}
		return false
	}
	for e := range nExp {
		try(e, make([]bool, nGot))
	}
	pair := make([]int, nExp)
	for e := range pair {
		pair[e] = -1
	}
	for g, e := range owner {
		if e >= 0 {
			pair[e] = g
		}
	}
	return pair
}
