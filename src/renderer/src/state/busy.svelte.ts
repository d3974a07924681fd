// Long-running work in progress (imports, exports), shown as a busy indicator with its label.

interface Task {
  id: number;
  label: string;
}

class Busy {
  tasks = $state<Task[]>([]);
  #nextId = 1;

  get isBusy(): boolean {
    return this.tasks.length > 0;
  }

  get label(): string | null {
    return this.tasks[this.tasks.length - 1]?.label ?? null;
  }

  has(label: string): boolean {
    return this.tasks.some((t) => t.label === label);
  }

  async run<T>(label: string, work: () => Promise<T>): Promise<T> {
    const id = this.#nextId++;
    this.tasks = [...this.tasks, { id, label }];
    try {
      return await work();
    } finally {
      this.tasks = this.tasks.filter((t) => t.id !== id);
    }
  }
}

export const busy = new Busy();
