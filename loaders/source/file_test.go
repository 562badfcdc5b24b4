package source

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/domain"
)

const storyText = "The minister resigned on Friday after a week of protests in the capital.\n\n" +
	"Her deputy will lead the ministry until elections in the spring, officials said."

// writeFiles creates files (path → content) under a new temp dir.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// wantErr checks err has code and names field (and, if set, a fragment).
func wantErr(t *testing.T, err error, code domain.ErrorCode, field, fragment string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want %s on %s", code, field)
	}
	var de *domain.Error
	if !errors.As(err, &de) || de.Code != code || de.Field != field {
		t.Fatalf("error %q: want code %s field %q", err, code, field)
	}
	if fragment != "" && !strings.Contains(err.Error(), fragment) {
		t.Errorf("error %q does not mention %q", err, fragment)
	}
}

func TestReadFileSeedWithSidecar(t *testing.T) {
	items, err := ReadFile(seedDir+"article.txt", Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := items[0].Article
	want := readFixture(t, seedDir+"article.txt")
	if a.Text != strings.TrimSpace(want) || a.URL == "" || a.Publisher == "" || a.Language != "en" ||
		!a.PublishedAt.Equal(time.Date(2025, 9, 24, 18, 0, 0, 0, time.UTC)) || a.ID != domain.ArticleID(a.URL, "") {
		t.Errorf("article from seed and its sidecar: %+v", a)
	}
	if a.ContentHash != domain.ContentHash(a.Text) {
		t.Error("article not sealed")
	}
}

func TestReadFile(t *testing.T) {
	date := time.Date(2024, 5, 6, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		files   map[string]string
		read    string
		meta    *Meta
		want    []string // per item: "ok" or the error field
		title   string   // first item's title, when set
		wantErr string   // field of the returned error
		errIn   string   // the file the error names, when not read
	}{
		{name: "text with sidecar", files: map[string]string{"a.txt": "Minister quits\n\n" + storyText, "a.json": `{"url":"https://news.example/a","publishedAt":"2024-05-06"}`},
			read: "a.txt", want: []string{"ok"}, title: "Minister quits"},
		{name: "text with meta sidecar", files: map[string]string{"a.txt": storyText, "a.meta.json": `{"title":"T","publishedAt":"2024-05-06T10:00:00Z"}`},
			read: "a.txt", want: []string{"ok"}, title: "T"},
		{name: "flag meta beats sidecar", files: map[string]string{"a.txt": storyText, "a.json": `{"title":"Old","publishedAt":"2024-05-06"}`},
			read: "a.txt", meta: &Meta{Title: "New"}, want: []string{"ok"}, title: "New"},
		{name: "text without date is undated", files: map[string]string{"a.txt": storyText}, read: "a.txt", want: []string{"undated"}},
		{name: "text without date but meta", files: map[string]string{"a.txt": storyText}, read: "a.txt", meta: &Meta{PublishedAt: date}, want: []string{"ok"}},
		{name: "sidecar with bad date", files: map[string]string{"a.txt": storyText, "a.json": `{"publishedAt":"last Tuesday"}`}, read: "a.txt", wantErr: "publishedAt", errIn: "a.json"},
		{name: "only boilerplate", files: map[string]string{"a.txt": "Subscribe to our newsletter\n\nFollow us on Facebook"}, read: "a.txt", meta: &Meta{PublishedAt: date}, wantErr: "text"},
		{name: "empty file", files: map[string]string{"a.txt": " \n\n "}, read: "a.txt", meta: &Meta{PublishedAt: date}, wantErr: "text"},
		{name: "binary data", files: map[string]string{"a.txt": "GIF89a\x00\x01\x02"}, read: "a.txt", meta: &Meta{PublishedAt: date}, wantErr: "text"},
		{name: "invalid UTF-8", files: map[string]string{"a.txt": "caf\xe9 au lait"}, read: "a.txt", meta: &Meta{PublishedAt: date}, wantErr: "text"},
		{name: "unsupported type", files: map[string]string{"a.pdf": "%PDF"}, read: "a.pdf", wantErr: "path"},
		{name: "missing file", files: map[string]string{}, read: "nope.txt", wantErr: "path"},
		{name: "json object", files: map[string]string{"a.json": `{"url":"https://news.example/a","title":"T","publishedAt":"2024-05-06T10:00:00+02:00","text":` + jsonString(storyText) + `}`},
			read: "a.json", want: []string{"ok"}, title: "T"},
		{name: "json array with bad items", files: map[string]string{"a.json": `[{"publishedAt":"2024-05-06","text":"Some text of the story."},{"publishedAt":"06/05/2024","text":"x y z"},{"publishedAt":"2024-05-06"},{"text":"No date here."}]`},
			read: "a.json", want: []string{"ok", "publishedAt", "text", "undated"}},
		{name: "json missing date takes meta default", files: map[string]string{"a.json": `{"text":"No date here."}`}, read: "a.json", meta: &Meta{PublishedAt: date}, want: []string{"ok"}},
		{name: "json wrapper", files: map[string]string{"a.json": `{"articles":[{"publishedAt":"2024-05-06","content":"Story one."},{"publishedAt":"2024-05-07","html":"<p>Story two.</p>"}]}`},
			read: "a.json", want: []string{"ok", "ok"}},
		{name: "json snake-case date", files: map[string]string{"a.json": `{"published_at":"2024-05-06","text":"Story."}`}, read: "a.json", want: []string{"ok"}},
		{name: "json number date", files: map[string]string{"a.json": `{"publishedAt":1714953600,"text":"Story."}`}, read: "a.json", want: []string{"publishedAt"}},
		{name: "not json", files: map[string]string{"a.json": `{"text": "unterminated`}, read: "a.json", wantErr: "json"},
		{name: "empty json array", files: map[string]string{"a.json": `[]`}, read: "a.json", wantErr: "json"},
		{name: "html page", files: map[string]string{"p.html": readFixture(t, "testdata/harbour-page.html")}, read: "p.html", want: []string{"ok"}, title: "Port authority halts expansion after protest"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, tt.files)
			items, err := ReadFile(filepath.Join(dir, tt.read), Options{Meta: tt.meta})
			if tt.wantErr != "" {
				wantErr(t, err, domain.EInvalid, tt.wantErr, firstNonEmpty(tt.errIn, tt.read))
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := itemOutcomes(items); strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Fatalf("items %v, want %v (%v)", got, tt.want, items)
			}
			if tt.title != "" && items[0].Article.Title != tt.title {
				t.Errorf("title %q, want %q", items[0].Article.Title, tt.title)
			}
		})
	}
}

// itemOutcomes lists "ok" (or "undated", an article without a publication
// date) or the error field of each item, checking that every item error
// names its origin.
func itemOutcomes(items []Item) []string {
	var out []string
	for _, it := range items {
		var de *domain.Error
		switch {
		case it.Err == nil && it.Article.ID != "" && it.Article.Text != "" && !it.Article.PublishedAt.IsZero():
			out = append(out, "ok")
		case it.Err == nil && it.Article.ID != "" && it.Article.Text != "":
			out = append(out, "undated")
		case errors.As(it.Err, &de) && strings.Contains(de.Message, it.Origin):
			out = append(out, de.Field)
		default:
			out = append(out, "bad item: "+it.Origin)
		}
	}
	return out
}

func jsonString(s string) string {
	return `"` + strings.NewReplacer("\n", `\n`, `"`, `\"`).Replace(s) + `"`
}

func TestReadFileSizeLimit(t *testing.T) {
	dir := writeFiles(t, map[string]string{"big.txt": strings.Repeat("word ", 1000)})
	_, err := ReadFile(filepath.Join(dir, "big.txt"), Options{MaxBytes: 1000, Meta: &Meta{PublishedAt: time.Now()}})
	wantErr(t, err, domain.EInvalid, "size", "1000-byte limit")
}

func TestReadFileHTMLMeta(t *testing.T) {
	items, err := ReadFile("testdata/harbour-page.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := items[0].Article
	if a.URL != "https://ledger.example/news/2024/03/12/port-expansion-halted" || a.Publisher != "The Coastal Ledger" ||
		a.Language != "en" || !a.PublishedAt.Equal(time.Date(2024, 3, 12, 8, 30, 0, 0, time.UTC)) {
		t.Errorf("page metadata: %+v", a)
	}
	if want := readFixture(t, "testdata/harbour-page.want.txt"); foldSpace(a.Text) != foldSpace(want) {
		t.Errorf("page text:\n%s", firstDiff(paragraphs(a.Text), paragraphs(want)))
	}
}

func TestReadFileLatin1Page(t *testing.T) {
	page := "<html><head><meta charset=\"iso-8859-1\"><meta property=\"article:published_time\" content=\"2024-01-02\"></head><body><article>" +
		"<p>Le caf\xe9 de la gare a rouvert ses portes apr\xe8s deux ans de travaux, a annonc\xe9 la mairie mardi.</p>" +
		"<p>Les habitants du quartier attendaient cette r\xe9ouverture depuis longtemps, selon le maire adjoint.</p></article></body></html>"
	dir := writeFiles(t, map[string]string{"p.html": page})
	items, err := ReadFile(filepath.Join(dir, "p.html"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(items[0].Article.Text, "Le café de la gare") {
		t.Errorf("latin-1 page not transcoded: %q", items[0].Article.Text)
	}
}

func TestReadDir(t *testing.T) {
	sidecar := `{"publishedAt":"2024-05-06"}`
	dir := writeFiles(t, map[string]string{
		"a.txt":                   storyText,
		"a.json":                  sidecar,
		"2024/05/b.txt":           storyText + "\n\nAnother paragraph.",
		"2024/05/b.meta.json":     sidecar,
		"2024/05/bad.txt":         "\x00\x01binary",
		"2024/05/nodate.txt":      storyText,
		"2024/feed.json":          `[{"publishedAt":"2024-05-06","text":"One."},{"text":"Two."}]`,
		"2024/notes.csv":          "a,b",
		".hidden/c.txt":           storyText,
		"2024/.draft.txt":         storyText,
		"2024/05/photo.jpg":       "\xff\xd8",
		"other/harbour.html":      readFixture(t, "testdata/harbour-page.html"),
		"other/harbour.meta.json": `{"publisher":"Sidecar Publisher"}`,
	})
	items, err := ReadDir(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range items {
		rel, _ := filepath.Rel(dir, strings.Fields(it.Origin)[0])
		out := itemOutcomes([]Item{it})[0]
		if it.Err != nil && !strings.HasPrefix(out, "bad") {
			out = "err " + out
		}
		got = append(got, filepath.ToSlash(rel)+" "+out)
	}
	want := []string{
		"2024/05/b.txt ok", "2024/05/bad.txt err text", "2024/05/nodate.txt undated",
		"2024/feed.json[0] ok", "2024/feed.json[1] undated",
		"a.txt ok", "other/harbour.html ok",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("ReadDir items:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if p := items[len(items)-1].Article.Publisher; p != "Sidecar Publisher" {
		t.Errorf("sidecar publisher not applied to HTML page: %q", p)
	}
}

func TestReadDirErrors(t *testing.T) {
	_, err := ReadDir(filepath.Join(t.TempDir(), "missing"), Options{})
	wantErr(t, err, domain.EInvalid, "path", "missing")
	_, err = ReadDir(writeFiles(t, map[string]string{"notes.csv": "a,b"}), Options{})
	wantErr(t, err, domain.EInvalid, "path", "no article files")
}

func TestReadReaderSniffs(t *testing.T) {
	date := &Meta{PublishedAt: time.Date(2024, 5, 6, 0, 0, 0, 0, time.UTC)}
	tests := []struct {
		name, in string
		want     []string
		wantErr  string
	}{
		{"plain text", "Minister quits\n\n" + storyText, []string{"ok"}, ""},
		{"text starting with a bracket", "[Updated] " + storyText, []string{"ok"}, ""},
		{"html", readFixture(t, "testdata/harbour-page.html"), []string{"ok"}, ""},
		{"json", "\n  [{\"publishedAt\":\"2024-05-06\",\"text\":\"One.\"}]", []string{"ok"}, ""},
		{"rss", readFixture(t, "testdata/world.rss"), []string{"ok", "ok", "text"}, ""},
		{"atom", readFixture(t, "testdata/city.atom"), []string{"ok", "ok"}, ""},
		{"xml that is no feed", "<?xml version=\"1.0\"?><catalog><book/></catalog>", nil, "feed"},
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00", nil, "text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items, err := ReadReader(strings.NewReader(tt.in), "stdin", Options{Meta: date})
			if tt.wantErr != "" {
				wantErr(t, err, domain.EInvalid, tt.wantErr, "stdin")
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := itemOutcomes(items); strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("items %v, want %v", got, tt.want)
			}
		})
	}
}

// TestPublicationDateKeepsItsZone: a sidecar's offset is kept, so the
// article's calendar day is the publisher's (the 16th in Taipei at
// midnight), which "yesterday" in its text counts from.
func TestPublicationDateKeepsItsZone(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Drills open\n\nThe drills opened yesterday in Manila."), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "a.json"), []byte(`{"publishedAt":"2024-10-16T00:00:00+08:00"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	items, err := ReadFile(filepath.Join(dir, "a.txt"), Options{})
	if err != nil || len(items) != 1 || items[0].Err != nil {
		t.Fatalf("%v %+v", err, items)
	}
	pub := items[0].Article.PublishedAt
	if y, m, d := pub.Date(); y != 2024 || m != 10 || d != 16 || !pub.Equal(time.Date(2024, 10, 15, 16, 0, 0, 0, time.UTC)) {
		t.Errorf("publishedAt %v, want 2024-10-16 in its own zone (2024-10-15T16:00Z)", pub)
	}
}
