package store

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// bulkColumn is one column of an import file: a property and its type in
// neo4j-admin's header syntax ("" for strings, "long", "double",
// "datetime", "string[]", "long[]"), or an id or label column.
type bulkColumn struct{ name, kind string }

// bulkFile is one CSV file for `neo4j-admin database import`: a header of
// typed columns, then rows, written as they come.
type bulkFile struct {
	name   string // file name; also says what it holds
	arg    string // the import option naming it: --nodes=LABEL=file or --relationships=TYPE=file
	cols   []bulkColumn
	index  map[string]int
	f      *os.File
	w      *bufio.Writer
	rows   int
	fields []string
}

func newBulkFile(dir, name, arg string, cols []bulkColumn) (*bulkFile, error) {
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		return nil, err
	}
	b := &bulkFile{name: name, arg: arg, cols: cols, index: map[string]int{}, f: f, w: bufio.NewWriterSize(f, 1<<20)}
	header := make([]string, len(cols))
	for i, c := range cols {
		key := c.name
		if key == "" { // an id or label column: ":START_ID", ":ID", ":LABEL"
			key = ":" + strings.SplitN(c.kind, "(", 2)[0]
		}
		b.index[key] = i
		header[i] = c.name
		if c.kind != "" {
			header[i] += ":" + c.kind
		}
	}
	_, err = b.w.WriteString(strings.Join(header, ",") + "\n")
	return b, err
}

// row writes one row of named values; a column without a value is left
// empty, which the importer reads as no property. A value under a name the
// file has no column for is an error: the bulk writer has drifted from the
// write path.
func (b *bulkFile) row(values map[string]any) error {
	if b.fields == nil {
		b.fields = make([]string, len(b.cols))
	}
	for i := range b.fields {
		b.fields[i] = ""
	}
	for k, v := range values {
		i, ok := b.index[k]
		if !ok {
			return fmt.Errorf("bulk %s: no column for property %q", b.name, k)
		}
		s, err := bulkField(v, b.cols[i].kind)
		if err != nil {
			return fmt.Errorf("bulk %s: %s: %w", b.name, k, err)
		}
		b.fields[i] = s
	}
	b.rows++
	_, err := b.w.WriteString(strings.Join(b.fields, ",") + "\n")
	return err
}

func (b *bulkFile) close() error {
	if err := b.w.Flush(); err != nil {
		return err
	}
	return b.f.Close()
}

// bulkArrayDelimiter separates array elements; no name or alias holds it.
const bulkArrayDelimiter = "\x1f"

// bulkField renders a value for a column of kind: strings always quoted
// (an empty quoted string is an empty string, an empty field no property),
// times as the driver sends them (a time in UTC as a zone id, datetime()
// values as offsets: see bulkTransactionTime).
func bulkField(v any, kind string) (string, error) {
	switch x := v.(type) {
	case nil:
		return "", nil
	case string:
		if kind == "datetime" {
			return x, nil // already rendered
		}
		return `"` + strings.ReplaceAll(x, `"`, `""`) + `"`, nil
	case []string:
		for _, s := range x {
			if strings.Contains(s, bulkArrayDelimiter) {
				return "", fmt.Errorf("%q holds the array delimiter", s)
			}
		}
		return bulkField(strings.Join(x, bulkArrayDelimiter), "")
	case []int:
		parts := make([]string, len(x))
		for i, n := range x {
			parts[i] = strconv.Itoa(n)
		}
		return strings.Join(parts, bulkArrayDelimiter), nil
	case int:
		return strconv.Itoa(x), nil
	case int64:
		return strconv.FormatInt(x, 10), nil
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64), nil
	case time.Time:
		if x.Location() != time.UTC {
			return "", fmt.Errorf("time %v not in UTC", x)
		}
		// The driver sends a time.Time in UTC with its zone's name.
		return x.Format("2006-01-02T15:04:05.999999999Z") + "[UTC]", nil
	}
	return "", fmt.Errorf("no column type for %T", v)
}

// bulkTransactionTime renders t as datetime.transaction() and datetime()
// give it: an offset, no zone name.
func bulkTransactionTime(t time.Time) string {
	return t.UTC().Format("2006-01-02T15:04:05.999999999Z")
}

// bulkFiles are the import files by name, in the order of their import
// options.
type bulkFiles struct {
	dir   string
	files map[string]*bulkFile
	order []string
}

func (fs *bulkFiles) add(name, arg string, cols ...bulkColumn) (*bulkFile, error) {
	f, err := newBulkFile(fs.dir, name, arg, cols)
	if err != nil {
		return nil, err
	}
	fs.files[name] = f
	fs.order = append(fs.order, name)
	return f, nil
}

// closeAll closes every file and writes import.args: the options of
// `neo4j-admin database import full`, one a line, files with rows only.
func (fs *bulkFiles) closeAll() error {
	var args []string
	for _, n := range fs.order {
		f := fs.files[n]
		if err := f.close(); err != nil {
			return err
		}
		if f.rows > 0 {
			args = append(args, f.arg+"="+filepath.Join(fs.dir, f.name))
		}
	}
	sort.SliceStable(args, func(i, j int) bool { // nodes before relationships
		return strings.HasPrefix(args[i], "--nodes") && !strings.HasPrefix(args[j], "--nodes")
	})
	args = append(args, "--array-delimiter=U+001F", "--multiline-fields=true")
	return os.WriteFile(filepath.Join(fs.dir, "import.args"), []byte(strings.Join(args, "\n")+"\n"), 0o644)
}
