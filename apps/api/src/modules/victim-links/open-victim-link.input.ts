import { Field, InputType } from 'type-graphql';
import { IsString, MaxLength } from 'class-validator';

@InputType()
export class OpenVictimLinkInput {
  @Field({ description: 'From the link, after #t=' }) @IsString() @MaxLength(100, { message: 'This link is not valid' }) token: string;
  @Field({ description: 'The code the victim was given separately' })
  @IsString()
  @MaxLength(20, { message: 'Enter the 6-digit code you were given' })
  accessCode: string;
}
