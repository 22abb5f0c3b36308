/**
 * An article prerendered into the page (a declarative shadow root from the prerendered snippet):
 * it stays on screen until the element's own render of it is ready, then leaves in one go.
 */
export class PrerenderedArticle {
  private nodes: ChildNode[] = [];

  /** Keeps the root's prerendered article, if it holds one, and has Lit render after it. */
  constructor(root: ParentNode, renderOptions: { renderBefore?: ChildNode | null }) {
    if (!root.querySelector('article')) return;
    this.nodes = [...root.childNodes];
    // A boundary for Lit's own nodes, which stays when the prerendered ones leave.
    const boundary = document.createComment('');
    root.append(boundary);
    renderOptions.renderBefore = boundary;
  }

  get showing(): boolean {
    return this.nodes.length > 0;
  }

  remove(): void {
    for (const node of this.nodes) node.remove();
    this.nodes = [];
  }
}
