package source

import (
	"bytes"
	"os"
	"strconv"
	"strings"
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

func TestCleanSeedPageKeepsEveryParagraph(t *testing.T) {
	got := paragraphs(Clean(readFixture(t, seedDir+"article-raw.txt")))
	kept := map[string]bool{}
	for _, p := range got {
		kept[foldSpace(p)] = true
	}
	for _, p := range paragraphs(readFixture(t, seedDir+"article.txt")) {
		if !kept[foldSpace(p)] {
			t.Errorf("article paragraph lost: %.60q", p)
		}
	}
	for _, boiler := range []string{"newsletter", "Dear readers", "support us monthly", "Remind me later", "Read more"} {
		if strings.Contains(strings.Join(got, "\n"), boiler) {
			t.Errorf("boilerplate %q kept", boiler)
		}
	}
}

func TestCleanTestdataPages(t *testing.T) {
	tests := []struct{ page, title string }{
		{"council-scraped.txt", ""},
		{"council-scraped.txt", "City council approves night bus pilot"},
	}
	for _, tt := range tests {
		t.Run(tt.page+"/"+tt.title, func(t *testing.T) {
			want := readFixture(t, "testdata/"+strings.TrimSuffix(tt.page, ".txt")+".want.txt")
			got := cleanTitled(readFixture(t, "testdata/"+tt.page), tt.title)
			if foldSpace(got) != foldSpace(want) {
				t.Errorf("%s", firstDiff(paragraphs(got), paragraphs(want)))
			}
		})
	}
}

func TestClean(t *testing.T) {
	story := "The minister resigned on Friday after a week of protests in the capital.\n\n" +
		"Her deputy will lead the ministry until elections in the spring, officials said."
	tests := []struct {
		name, in, title, want string
	}{
		{"clean text unchanged", story, "", story},
		{"banner line before the story", "Subscribe now!\n\n" + story, "", story},
		{"short banner before a known title", "Northside Gazette\n\nLocal news since 1901\n\nMinister quits\n\n" + story, "Minister quits", "Minister quits\n\n" + story},
		{"long text before the title is kept", "A first paragraph that is long enough to be part of the story itself and not a banner line.\n\nMinister quits\n\n" + story, "Minister quits",
			"A first paragraph that is long enough to be part of the story itself and not a banner line.\n\nMinister quits\n\n" + story},
		{"advertisement in the middle", "The minister resigned on Friday.\n\nAdvertisement\n\nHer deputy takes over.", "", "The minister resigned on Friday.\n\nHer deputy takes over."},
		{"newsletter box in the middle", "The minister resigned on Friday.\n\nSign up for our daily briefing\n\nGet the top stories in your inbox every morning, and never miss the news you care about again.\n\nHer deputy takes over.", "",
			"The minister resigned on Friday.\n\nHer deputy takes over."},
		{"news about support is kept", story + "\n\nThe party said it would support the deputy in a confidence vote next week, ending days of speculation.", "",
			story + "\n\nThe party said it would support the deputy in a confidence vote next week, ending days of speculation."},
		{"quote addressed to you is kept", story + "\n\n\"You cannot govern a country against its people,\" she said in a statement.", "",
			story + "\n\n\"You cannot govern a country against its people,\" she said in a statement."},
		{"credit and copyright lines", story + "\n\nPhoto: Jane Doe\n\n© 2024 Example Media", "", story},
		{"chrome line inside a paragraph", "The minister resigned on Friday.\nShare this article\nHer deputy takes over.", "", "The minister resigned on Friday.\nHer deputy takes over."},
		{"only boilerplate", "Subscribe to our newsletter\n\nFollow us on Facebook", "", ""},
		{"windows line ends", "Line one of the story.\r\n\r\nLine two of the story.", "", "Line one of the story.\n\nLine two of the story."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cleanTitled(tt.in, tt.title); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// TestCleanKeepsShortNews checks that short story lines which mention
// subscribers, donations, cookies or support are not taken for chrome.
func TestCleanKeepsShortNews(t *testing.T) {
	lines := []string{
		"The service lost 200,000 subscribers in the quarter.",
		"Donations poured in after the fire.",
		"He refused to donate to the campaign.",
		"The bakery sold 500 cookies.",
		"Support for the plan grew today.",
		"Related talks will follow next week.",
		"A message from the president was read aloud.",
		"The company raised subscription prices.",
		"We share this concern, she said.",
		"Join the queue, officials told residents.",
	}
	for _, line := range lines {
		text := storyText + "\n\n" + line + "\n\nThe vote is due on Monday, the speaker said."
		if got := Clean(text); !strings.Contains(got, line) {
			t.Errorf("dropped %q", line)
		}
	}
}

func BenchmarkClean(b *testing.B) {
	raw, err := os.ReadFile(seedDir + "article-raw.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		Clean(string(raw))
	}
}

func BenchmarkReadHTML(b *testing.B) {
	page, err := os.ReadFile("testdata/harbour-page.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := ReadReader(bytes.NewReader(page), "page", Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
