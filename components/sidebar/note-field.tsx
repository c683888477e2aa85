import { Component, type JSX, type TargetedEvent } from 'preact';

export interface NoteFieldProps {
  label: string;
  value: string;
  onSave: (value: string) => void;
  multiline?: boolean;
  placeholder?: string;
  class?: string;
}

/**
 * A text field whose typing is kept locally and saved when the field loses focus: the sidebar
 * re-renders often (a ticking deadline, the page changing), and a field bound straight to the
 * stored value would throw away what is being typed. Outside changes show when not editing.
 * A class component: the sidebar is injected into Gmail without preact/hooks.
 */
export class NoteField extends Component<NoteFieldProps, { draft: string }> {
  private editing = false;
  override state = { draft: this.props.value };

  override componentDidUpdate(previous: NoteFieldProps): void {
    if (!this.editing && previous.value !== this.props.value) this.setState({ draft: this.props.value });
  }

  override render({ label, value, onSave, multiline = false, placeholder, class: className }: NoteFieldProps, { draft }: { draft: string }): JSX.Element {
    const common = {
      'aria-label': label,
      class: className,
      placeholder,
      value: draft,
      onFocus: () => (this.editing = true),
      onInput: (event: TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => this.setState({ draft: event.currentTarget.value }),
      onBlur: () => {
        this.editing = false;
        if (this.state.draft !== value) onSave(this.state.draft);
      },
    };
    return multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />;
  }
}
