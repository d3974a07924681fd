import { describe, expect, it } from 'vitest';
import { UndoStack, type UndoDirection } from './undo-stack';

/** A step that sets a value, as the app's steps set a claim's status. */
interface Step {
  label: string;
  from: string;
  to: string;
}

/** A stack over one value, with a log of what ran; `failing` makes the next performs throw. */
function setUp({ limit }: { limit?: number } = {}) {
  const state = { value: 'a', failing: 0, log: [] as string[], changes: 0 };
  const gates: (() => void)[] = [];
  let isGated = false;
  const stack = new UndoStack<Step>({
    limit,
    onChange: () => state.changes++,
    perform: async (step: Step, direction: UndoDirection) => {
      if (isGated) await new Promise<void>((resolve) => gates.push(resolve));
      if (state.failing > 0) {
        state.failing--;
        throw new Error(`could not ${direction} ${step.label}`);
      }
      state.value = direction === 'undo' ? step.from : step.to;
      state.log.push(`${direction} ${step.label}`);
    },
  });
  /** Does a step as the app would: change the value, then record it. */
  const act = (label: string, to: string) => {
    stack.push({ label, from: state.value, to });
    state.value = to;
  };
  const gate = (on: boolean) => {
    isGated = on;
  };
  /** Waits until a perform is held at the gate, then lets it (and any other held one) go on. */
  const open = async () => {
    while (gates.length === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    gates.splice(0).forEach((release) => release());
  };
  /** Whether a perform is held at the gate now, after every pending callback has run. */
  const heldCount = async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    return gates.length;
  };
  return { stack, state, act, gate, open, heldCount };
}

describe('UndoStack', () => {
  it('undoes the last action first and redoes in the order undone', async () => {
    const { stack, state, act } = setUp();
    act('one', 'b');
    act('two', 'c');
    expect(await stack.undo()).toMatchObject({ kind: 'done', step: { label: 'two' } });
    expect(state.value).toBe('b');
    expect(await stack.undo()).toMatchObject({ kind: 'done', step: { label: 'one' } });
    expect(state.value).toBe('a');
    expect(await stack.undo()).toEqual({ kind: 'empty' });
    expect(await stack.redo()).toMatchObject({ kind: 'done', step: { label: 'one' } });
    expect(await stack.redo()).toMatchObject({ kind: 'done', step: { label: 'two' } });
    expect(state.value).toBe('c');
    expect(await stack.redo()).toEqual({ kind: 'empty' });
    expect(state.log).toEqual(['undo two', 'undo one', 'redo one', 'redo two']);
  });

  it('forgets what was undone once a new action is recorded', async () => {
    const { stack, state, act } = setUp();
    act('one', 'b');
    act('two', 'c');
    await stack.undo();
    expect(stack.canRedo).toBe(true);
    act('three', 'd');
    expect(stack.canRedo).toBe(false);
    expect(await stack.redo()).toEqual({ kind: 'empty' });
    await stack.undo();
    expect(state.value).toBe('b');
    expect(stack.nextUndo?.label).toBe('one');
  });

  it('leaves both stacks as they were when a step fails, so the same step is next', async () => {
    const { stack, state, act } = setUp();
    act('one', 'b');
    act('two', 'c');
    state.failing = 1;
    const failed = await stack.undo();
    expect(failed).toMatchObject({ kind: 'failed', step: { label: 'two' } });
    expect(String((failed as { error: unknown }).error)).toContain('could not undo two');
    expect(state.value).toBe('c');
    expect(stack.nextUndo?.label).toBe('two');
    expect(stack.canRedo).toBe(false);
    expect(await stack.undo()).toMatchObject({ kind: 'done', step: { label: 'two' } });
    state.failing = 1;
    expect(await stack.redo()).toMatchObject({ kind: 'failed', step: { label: 'two' } });
    expect(stack.nextRedo?.label).toBe('two');
    expect(stack.nextUndo?.label).toBe('one');
  });

  it('runs requests one at a time, in order, and cancels those queued behind a failure', async () => {
    const { stack, state, act, gate, open, heldCount } = setUp();
    act('one', 'b');
    act('two', 'c');
    act('three', 'd');
    gate(true);
    const first = stack.undo();
    const second = stack.undo();
    // Only the first is running: the second waits for it rather than picking the same step.
    expect(await heldCount()).toBe(1);
    await open();
    expect(await first).toMatchObject({ kind: 'done', step: { label: 'three' } });
    await open();
    expect(await second).toMatchObject({ kind: 'done', step: { label: 'two' } });
    expect(state.value).toBe('b');

    state.failing = 1;
    const failing = stack.undo();
    const queued = stack.undo();
    await open();
    expect(await failing).toMatchObject({ kind: 'failed' });
    expect(await heldCount()).toBe(0);
    expect(await queued).toEqual({ kind: 'cancelled' });
    gate(false);
    // Later requests run again.
    expect(await stack.undo()).toMatchObject({ kind: 'done', step: { label: 'one' } });
    expect(state.log).toEqual(['undo three', 'undo two', 'undo one']);
  });

  it('does not offer to redo an undo that a new action overtook while it ran', async () => {
    const { stack, act, gate, open, heldCount } = setUp();
    act('one', 'b');
    gate(true);
    const undoing = stack.undo();
    expect(await heldCount()).toBe(1);
    act('two', 'c');
    await open();
    expect(await undoing).toMatchObject({ kind: 'done', step: { label: 'one' } });
    expect(stack.canRedo).toBe(false);
    expect(stack.nextUndo?.label).toBe('two');
  });

  it('amends the last step instead of adding one, and drops it when the edit was taken back', () => {
    const { stack } = setUp();
    stack.push({ label: 'note', from: '', to: 'Ask' });
    const isNote = (step: Step) => step.label === 'note';
    expect(stack.amendLast(isNote, (step) => ({ ...step, to: 'Asked the ministry' }))).toBe(true);
    expect(stack.nextUndo).toEqual({ label: 'note', from: '', to: 'Asked the ministry' });
    expect(stack.amendLast((step) => step.label === 'status', (step) => step)).toBe(false);
    expect(stack.amendLast(isNote, () => null)).toBe(true);
    expect(stack.canUndo).toBe(false);
    expect(stack.amendLast(isNote, (step) => step)).toBe(false);
  });

  it('runs the preparation before picking the step, so a step it records is undone first', async () => {
    const log: string[] = [];
    const stack: UndoStack<string> = new UndoStack<string>({
      prepare: async () => {
        if (!log.includes('saved')) {
          log.push('saved');
          stack.push('note');
        }
      },
      perform: async (step) => {
        log.push(step);
      },
    });
    stack.push('status');
    await stack.undo();
    expect(log).toEqual(['saved', 'note']);
  });

  it('forgets the steps asked for, and keeps at most `limit` steps', async () => {
    const { stack, state, act } = setUp({ limit: 3 });
    for (const [label, to] of [['one', 'b'], ['two', 'c'], ['three', 'd'], ['four', 'e']] as const) act(label, to);
    stack.forget((step) => step.label === 'three');
    const undone: string[] = [];
    for (let outcome = await stack.undo(); outcome.kind === 'done'; outcome = await stack.undo()) undone.push(outcome.step.label);
    expect(undone).toEqual(['four', 'two']);
    expect(state.changes).toBeGreaterThan(0);
  });
});
