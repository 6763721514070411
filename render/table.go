package render

import (
	"fmt"
	"io"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"
)

// WriteTables writes tables for a human reader. Han characters count as two
// columns (tablewriter measures display width); ambiguous-width punctuation
// such as “ ” counts as one, so the layout is the same whatever the locale
// and golden files stay stable.
func WriteTables(w io.Writer, heading string, tables []Table) error {
	if heading != "" {
		if _, err := fmt.Fprintf(w, "== %s ==\n", heading); err != nil {
			return err
		}
	}
	for _, t := range tables {
		if t.Title != "" {
			if _, err := fmt.Fprintf(w, "%s\n", t.Title); err != nil {
				return err
			}
		}
		if len(t.Rows) == 0 {
			if _, err := fmt.Fprintln(w, "(none)"); err != nil {
				return err
			}
			continue
		}
		tb := tablewriter.NewTable(w,
			tablewriter.WithEastAsian(tw.Off),
			tablewriter.WithHeaderAutoFormat(tw.Off),
			tablewriter.WithRowAutoWrap(tw.WrapNone),
			tablewriter.WithHeaderAlignment(tw.AlignLeft),
			tablewriter.WithRowAlignment(tw.AlignLeft),
		)
		tb.Header(toAny(t.Header)...)
		for _, r := range t.Rows {
			if err := tb.Append(toAny(r)...); err != nil {
				return fmt.Errorf("table row: %w", err)
			}
		}
		if err := tb.Render(); err != nil {
			return fmt.Errorf("rendering table: %w", err)
		}
	}
	return nil
}

func toAny(s []string) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}
