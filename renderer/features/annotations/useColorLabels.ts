import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ColorId, ColorLabel } from '../../../shared/model/annotation';
import { gloss } from '../../gloss';
import { colorNames, type ColorNames } from './colors';

export interface ColorLabels {
  readonly names: ColorNames;
  readonly rename: (id: ColorId, name: string) => Promise<void>;
}

/** The names the user gives the colours ("Key claim", "Question"…), and renaming them. */
export function useColorLabels(): ColorLabels {
  const [labels, setLabels] = useState<readonly ColorLabel[]>([]);

  useEffect(() => {
    let live = true;
    gloss.listColorLabels().then(
      (list) => {
        if (live) setLabels(list);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  const rename = useCallback(async (id: ColorId, name: string) => {
    const trimmed = name.trim();
    if (trimmed === '') return;
    const label = await gloss.renameColorLabel({ id, name: trimmed });
    setLabels((list) => [...list.filter((l) => l.id !== id), label]);
  }, []);

  const names = useMemo(() => colorNames(labels), [labels]);
  return { names, rename };
}
