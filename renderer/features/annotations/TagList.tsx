/** Tags shown as small labels (read-only). */
export function TagList({ tags }: { readonly tags: readonly string[] }) {
  if (tags.length === 0) return null;
  return (
    <ul className="tag-list tag-list--static" aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag} className="tag-chip tag-chip--static">
          {tag}
        </li>
      ))}
    </ul>
  );
}
