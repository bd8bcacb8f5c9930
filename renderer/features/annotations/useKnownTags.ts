import { useEffect, useState } from 'react';
import type { TagCount } from '../../../shared/model/annotation';
import { gloss } from '../../gloss';

/** Every tag in the library with its use count, fetched when `active` becomes true. */
export function useKnownTags(active: boolean): readonly TagCount[] {
  const [tags, setTags] = useState<readonly TagCount[]>([]);
  useEffect(() => {
    if (!active) return;
    let live = true;
    gloss.listTags().then(
      (list) => {
        if (live) setTags(list);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [active]);
  return tags;
}
