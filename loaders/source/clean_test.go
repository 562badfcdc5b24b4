package source

import (
	"os"
	"strconv"
	"testing"
)

const seedDir = "../../../shared/fixtures/seed/"

func readFixture(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read fixture: %v", err)
	}
	return string(b)
}

func TestCleanSeedPage(t *testing.T) {
	raw := readFixture(t, seedDir+"article-raw.txt")
	want := readFixture(t, seedDir+"article.txt")
	got := Clean(raw)
	if foldSpace(got) != foldSpace(want) {
		t.Errorf("Clean(article-raw.txt) differs from article.txt\n got paragraphs: %d, want %d\n%s",
			len(paragraphs(got)), len(paragraphs(want)), firstDiff(paragraphs(got), paragraphs(want)))
	}
}

func TestCleanKeepsCleanText(t *testing.T) {
	want := readFixture(t, seedDir+"article.txt")
	if got := Clean(want); foldSpace(got) != foldSpace(want) {
		t.Errorf("Clean changed an already clean article:\n%s", firstDiff(paragraphs(got), paragraphs(want)))
	}
}

func firstDiff(got, want []string) string {
	for i := 0; i < len(got) || i < len(want); i++ {
		var g, w string
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if foldSpace(g) != foldSpace(w) {
			return "paragraph " + itoa(i) + ":\n got: " + g + "\nwant: " + w
		}
	}
	return ""
}

func itoa(i int) string { return strconv.Itoa(i) }
