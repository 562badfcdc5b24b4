package source_test

import (
	"fmt"
	"strings"

	"github.com/eventgraph/eventgraph/loaders/source"
)

func ExampleClean() {
	page := `Support independent news!

Bridge reopens after repairs

The river bridge reopened to traffic on Saturday after eight months of repairs.

Sign up for our daily newsletter

Get the latest headlines in your inbox every morning.

Share this article`
	fmt.Println(source.Clean(page))
	// Output:
	// Bridge reopens after repairs
	//
	// The river bridge reopened to traffic on Saturday after eight months of repairs.
}

func ExampleReadReader() {
	text := "Bridge reopens after repairs\n\nThe river bridge reopened to traffic on Saturday after eight months of repairs."
	date, _ := source.ParseDate("2024-06-01")
	items, err := source.ReadReader(strings.NewReader(text), "stdin", source.Options{Meta: &source.Meta{PublishedAt: date}})
	if err != nil {
		fmt.Println(err)
		return
	}
	a := items[0].Article
	fmt.Println(a.Title, "|", a.PublishedAt.Format("2006-01-02"))
	items, err = source.ReadReader(strings.NewReader(text), "stdin", source.Options{})
	fmt.Println(items[0].Article.Title, "| undated:", items[0].Article.PublishedAt.IsZero(), err)
	// Output:
	// Bridge reopens after repairs | 2024-06-01
	// Bridge reopens after repairs | undated: true <nil>
}
