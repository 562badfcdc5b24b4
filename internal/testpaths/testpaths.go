// Package testpaths finds the repository's folders for tests: the
// repository itself and ../shared beside it. It is apart from neo4jtest so
// that a package whose tests only read fixtures does not import the
// database helpers: the Makefile runs the packages whose tests import
// neo4jtest (or testserver) one at a time, and the others beside them.
package testpaths

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
)

// RepoRoot is the repository's top folder.
func RepoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Clean(filepath.Join(filepath.Dir(file), "..", ".."))
}

// SharedDir is ../shared beside the repository: fixtures and notes. In a
// git worktree (whose .git is a file naming its git directory) that is
// ../shared beside the main checkout the worktree belongs to, when the
// worktree has none beside it.
func SharedDir() string {
	dir := filepath.Join(RepoRoot(), "..", "shared")
	if _, err := os.Stat(dir); err == nil {
		return dir
	}
	if main := mainCheckout(RepoRoot()); main != "" {
		if alt := filepath.Join(main, "..", "shared"); alt != dir {
			if _, err := os.Stat(alt); err == nil {
				return alt
			}
		}
	}
	return dir
}

// mainCheckout is the top folder of the main checkout of the worktree at
// root ("" when root is not a worktree): its .git file says "gitdir: D",
// and D/commondir leads to the main checkout's .git.
func mainCheckout(root string) string {
	b, err := os.ReadFile(filepath.Join(root, ".git"))
	if err != nil {
		return "" // a folder, or none: not a worktree
	}
	gitdir, ok := strings.CutPrefix(strings.TrimSpace(string(b)), "gitdir: ")
	if !ok {
		return ""
	}
	common, err := os.ReadFile(filepath.Join(gitdir, "commondir"))
	if err != nil {
		return ""
	}
	c := strings.TrimSpace(string(common))
	if !filepath.IsAbs(c) {
		c = filepath.Join(gitdir, c)
	}
	return filepath.Dir(filepath.Clean(c))
}
