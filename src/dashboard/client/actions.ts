// What a panel can ask of the page: the one set of moves every view shares.
export interface Actions {
  selectEntity(id: string): void;
  openEvent(id: string): void;
  setTie(end: "a" | "b", id: string): void;
  showProblem(error: unknown, retry: () => void): void;
}
