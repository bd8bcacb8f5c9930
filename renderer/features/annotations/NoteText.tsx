import type { ReactNode } from 'react';
import { parseNote, type Inline } from '../../../shared/text/markdownLite';

function renderInline(nodes: readonly Inline[]): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'break':
        return <br key={i} />;
      case 'strong':
        return <strong key={i}>{renderInline(node.children)}</strong>;
      case 'em':
        return <em key={i}>{renderInline(node.children)}</em>;
      case 'code':
        return <code key={i}>{node.text}</code>;
      case 'link':
        // Shown, never followed: a note is not a place to click through to anything.
        return (
          <span key={i} className="note-link">
            {node.text} <span className="note-link__url">({node.url})</span>
          </span>
        );
    }
  });
}

/** A note's Markdown-lite as React elements (never as HTML). */
export function NoteText({ note, className }: { readonly note: string; readonly className?: string }) {
  const blocks = parseNote(note);
  if (blocks.length === 0) return null;
  return (
    <div className={className ? `note-text ${className}` : 'note-text'}>
      {blocks.map((block, i) => {
        if (block.type === 'paragraph') return <p key={i}>{renderInline(block.children)}</p>;
        const items = block.items.map((item, j) => <li key={j}>{renderInline(item)}</li>);
        return block.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
      })}
    </div>
  );
}
