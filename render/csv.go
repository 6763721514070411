package render

import (
	"encoding/csv"
	"io"
	"strconv"
)

// CSVWriter writes the tables of many documents as one CSV stream. Every row
// starts with the document's source (and line, in --lines mode). For a
// single-table view the header is written once, before the first row; a view
// with several tables writes each as its own block, with a section column.
type CSVWriter struct {
	w         *csv.Writer
	lines     bool
	headerOut bool
}

// NewCSVWriter returns a writer; lines adds a "line" column.
func NewCSVWriter(w io.Writer, lines bool) *CSVWriter {
	return &CSVWriter{w: csv.NewWriter(w), lines: lines}
}

// Write writes one document's tables.
func (c *CSVWriter) Write(source string, line int, tables []Table) error {
	multi := len(tables) > 1
	for _, t := range tables {
		if multi || !c.headerOut {
			h := c.prefixHeader(multi)
			if err := c.w.Write(append(h, t.Header...)); err != nil {
				return err
			}
			c.headerOut = true
		}
		for _, r := range t.Rows {
			p := []string{source}
			if c.lines {
				p = append(p, strconv.Itoa(line))
			}
			if multi {
				p = append(p, t.Title)
			}
			if err := c.w.Write(append(p, r...)); err != nil {
				return err
			}
		}
	}
	c.w.Flush()
	return c.w.Error()
}

func (c *CSVWriter) prefixHeader(multi bool) []string {
	h := []string{"source"}
	if c.lines {
		h = append(h, "line")
	}
	if multi {
		h = append(h, "section")
	}
	return h
}

// WriteSectionsCSV writes the tables of one result (compare's keyword, slogan
// and people tables) as one CSV stream: each table a block starting with its
// header row, every row led by the table's title in a "section" column so
// the blocks can be told apart when filtering.
func WriteSectionsCSV(w io.Writer, tables []Table) error {
	cw := csv.NewWriter(w)
	for _, t := range tables {
		if err := cw.Write(append([]string{"section"}, t.Header...)); err != nil {
			return err
		}
		for _, r := range t.Rows {
			if err := cw.Write(append([]string{t.Title}, r...)); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}
