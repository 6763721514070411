package analyzer

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

type fakeStage struct {
	name  string
	needs []string
	err   error
	panic bool
}

func (f fakeStage) Name() string    { return f.name }
func (f fakeStage) Needs() []string { return f.needs }
func (f fakeStage) Process(*Document) error {
	if f.panic {
		panic("boom")
	}
	return f.err
}

func TestBuildOrdersAndAddsDependencies(t *testing.T) {
	all := []Stage{
		fakeStage{name: "structure"},
		fakeStage{name: "people", needs: []string{"structure"}},
		fakeStage{name: "segment", needs: []string{"structure"}},
		fakeStage{name: "keywords", needs: []string{"segment", "people"}},
	}
	cases := []struct {
		want []string
		got  []string
	}{
		{[]string{"keywords"}, []string{"structure", "people", "segment", "keywords"}},
		{[]string{"segment"}, []string{"structure", "segment"}},
		{[]string{"segment", "people"}, []string{"structure", "people", "segment"}},
	}
	for _, c := range cases {
		p, err := Build(all, c.want...)
		if err != nil {
			t.Fatal(err)
		}
		if got := p.Names(); !reflect.DeepEqual(got, c.got) {
			t.Errorf("Build(%v) = %v, want %v", c.want, got, c.got)
		}
	}
	if _, err := Build(all, "nope"); err == nil || !strings.Contains(err.Error(), "unknown stage") {
		t.Errorf("unknown stage: err = %v", err)
	}
}

func TestRunWrapsErrorsAndPanics(t *testing.T) {
	p := &Pipeline{Stages: []Stage{fakeStage{name: "a", err: errors.New("bad")}}}
	if err := p.Run(NewDocument("x", 0, "文本")); err == nil || err.Error() != "a stage: bad" {
		t.Errorf("err = %v", err)
	}
	p = &Pipeline{Stages: []Stage{fakeStage{name: "b", panic: true}}}
	if err := p.Run(NewDocument("x", 0, "文本")); err == nil || !strings.Contains(err.Error(), "b stage: internal error: boom") {
		t.Errorf("panic not turned into error: %v", err)
	}
}

func TestStructure(t *testing.T) {
	text := "标题\n\n  第一句。第二句！“引语。”他说？\n　　段落二；没有句号\n"
	doc := NewDocument("x", 0, text)
	if err := (StructureStage{}).Process(doc); err != nil {
		t.Fatal(err)
	}
	var paras, sents []string
	for _, p := range doc.Paragraphs {
		paras = append(paras, doc.SpanText(p.Span))
	}
	for _, s := range doc.Sentences {
		sents = append(sents, doc.SpanText(s.Span))
	}
	wantP := []string{"标题", "第一句。第二句！“引语。”他说？", "段落二；没有句号"}
	wantS := []string{"标题", "第一句。", "第二句！", "“引语。”", "他说？", "段落二；没有句号"}
	if !reflect.DeepEqual(paras, wantP) {
		t.Errorf("paragraphs = %q, want %q", paras, wantP)
	}
	if !reflect.DeepEqual(sents, wantS) {
		t.Errorf("sentences = %q, want %q", sents, wantS)
	}
	// Government reports keep a whole report on one line, paragraphs
	// separated by ideographic spaces.
	doc = NewDocument("x", 0, "一、总结。　　二、任务。")
	(StructureStage{}).Process(doc)
	if len(doc.Paragraphs) != 2 || doc.SpanText(doc.Paragraphs[1].Span) != "二、任务。" {
		t.Errorf("ideographic-space paragraphs: %+v", doc.Paragraphs)
	}
}

func TestDocumentSliceClamps(t *testing.T) {
	d := NewDocument("x", 0, "何雄指出")
	if d.Slice(-3, 2) != "何雄" || d.Slice(2, 99) != "指出" || d.Slice(3, 1) != "" {
		t.Error("Slice does not clamp")
	}
	d.Paragraphs = []Paragraph{{Span: Span{0, 2}, Boilerplate: true}, {Span: Span{2, 4}}}
	if !d.InBoilerplate(1) || d.InBoilerplate(3) {
		t.Error("InBoilerplate")
	}
}

func TestRunAllReportsEachDocument(t *testing.T) {
	p := &Pipeline{Stages: []Stage{StructureStage{}, failOn{"坏"}}}
	docs := []*Document{NewDocument("a", 0, "好。"), NewDocument("b", 0, "坏。"), NewDocument("c", 0, "好。")}
	errs := p.RunAll(docs, 2)
	if errs[0] != nil || errs[1] == nil || errs[2] != nil {
		t.Fatalf("errs = %v", errs)
	}
	if len(docs[2].Sentences) != 1 {
		t.Errorf("document c not processed")
	}
}

// failOn fails on documents containing its text.
type failOn struct{ s string }

func (f failOn) Name() string { return "fail" }
func (f failOn) Process(d *Document) error {
	if strings.Contains(d.Text, f.s) {
		return errors.New("failed")
	}
	return nil
}
