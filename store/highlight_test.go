package store

import "testing"

func TestHighlightEscapesTheTextAroundItsTags(t *testing.T) {
	got, ok := highlight(`The <script>alert("x")</script> tariff & quota row`, []string{"tariff"})
	want := `The &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; <em>tariff</em> &amp; quota row`
	if !ok || got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}
