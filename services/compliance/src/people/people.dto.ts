import { ApiProperty } from '@nestjs/swagger';

export class PersonView {
  @ApiProperty({ example: '6d0f8f6e-0c3b-5d2c-9a57-1f0e3c5b7a21' }) userId!: string;
  @ApiProperty({ example: 'Siti Rahmawati, S.E.' }) name!: string;
  @ApiProperty({ example: '198503122010012003', description: 'NIP; empty when the token carries none' }) nip!: string;
  @ApiProperty({ example: 'Kepala Seksi', description: 'The jabatan of their highest role, as the token names it' }) jabatan!: string;
  @ApiProperty({ example: ['KASI'], type: [String] }) roles!: string[];
  @ApiProperty({ format: 'date-time', description: 'Since when the directory holds these claims (first call, or the call after they changed)' }) claimsSince!: string;
}

export class PeopleResponse {
  @ApiProperty({ example: '61' }) tenant!: string;
  @ApiProperty({ type: [PersonView] }) items!: PersonView[];
}
